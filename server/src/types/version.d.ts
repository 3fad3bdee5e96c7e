/** package.json's version, set at build by esbuild.mjs (`define`): what `work-report --version` and serverInfo say. */
declare const WORK_REPORT_VERSION: string;
