// What a file extension means for the person about to open it. Windows decides what to run by the last
// extension alone, so 'invoice.pdf.exe' is a program; these lists follow the file types Microsoft Defender for
// Office 365's common attachment filter and Outlook's Level 1 blocked list treat as dangerous.

export type RiskyFileKind =
  | 'executable'
  | 'script'
  | 'shortcut'
  | 'disk-image'
  | 'macro-office'
  | 'html'
  | 'svg'
  | 'archive'
  | 'device-profile';

const KINDS: Readonly<Record<RiskyFileKind, readonly string[]>> = {
  // Programs and installers: they run with the reader's rights when double-clicked.
  executable: [
    'exe', 'scr', 'com', 'pif', 'cpl', 'msi', 'msp', 'msix', 'msixbundle', 'appx', 'appxbundle', 'appref-ms', 'dll',
    'sys', 'ocx', 'gadget', 'application', 'xbap', 'jar', 'apk', 'xapk', 'dmg', 'pkg', 'app',
    'reg', 'inf', 'chm', 'hlp', 'xll', 'wll', 'cab',
  ],
  // Scripts Windows runs directly (wscript, mshta, powershell, cmd).
  script: ['js', 'jse', 'vbs', 'vbe', 'wsf', 'wsh', 'wsc', 'ws', 'ps1', 'psm1', 'psd1', 'ps1xml', 'bat', 'cmd', 'hta', 'sct', 'scf', 'msc'],
  // Shortcuts that point to a program or a remote file (LNK loaders, .url to an SMB share).
  shortcut: ['lnk', 'url', 'website', 'library-ms', 'search-ms', 'searchconnector-ms', 'settingcontent-ms', 'desktop'],
  // Disk images mount with a double-click and hide their content from scanners (Mark-of-the-Web bypass).
  'disk-image': ['iso', 'img', 'vhd', 'vhdx', 'udf'],
  // Office documents that can carry macros.
  'macro-office': ['docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'xlsb', 'pptm', 'potm', 'ppam', 'ppsm', 'sldm'],
  // Local web pages: they open in the browser with no address bar to check (HTML smuggling, fake login pages).
  html: ['html', 'htm', 'shtml', 'shtm', 'xhtml', 'xht', 'mht', 'mhtml'],
  svg: ['svg', 'svgz'],
  // Archives hide what they carry from a quick look; what is inside decides.
  archive: ['zip', 'rar', '7z', 'gz', 'tgz', 'bz2', 'xz', 'tar', 'ace', 'arj', 'lzh', 'z', 'zipx'],
  // Apple configuration profiles install mail accounts, VPNs and root certificates on iPhones and Macs.
  'device-profile': ['mobileconfig', 'mobileprovision'],
};

const KIND_OF_EXTENSION: ReadonlyMap<string, RiskyFileKind> = new Map(
  (Object.entries(KINDS) as [RiskyFileKind, readonly string[]][]).flatMap(([kind, extensions]) =>
    extensions.map((extension) => [extension, kind] as const),
  ),
);

/** riskyKindOfExtension('EXE') => 'executable'; riskyKindOfExtension('pdf') => undefined. */
export function riskyKindOfExtension(extension: string): RiskyFileKind | undefined {
  return KIND_OF_EXTENSION.get(extension.toLowerCase());
}

/** Kinds that are dangerous by themselves, whatever the rest of the message says. */
export const RUNNABLE_KINDS: ReadonlySet<RiskyFileKind> = new Set(['executable', 'script', 'shortcut', 'disk-image']);
