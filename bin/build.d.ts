// Types of build.js (plain JavaScript: it runs with node before anything is built).
export declare const ROOT: string;
export declare const DIST: string;
export declare const SOURCE_FOLDERS: readonly string[];
export declare function sourceFiles(): string[];
export declare function isStale(): boolean;
export declare function build(): Promise<number>;
export declare function ensureBuild(say?: (line: string) => void): Promise<boolean>;
