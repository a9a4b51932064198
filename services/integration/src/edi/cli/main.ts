// `npm run edi -- send|fetch ...`: the EDI channel from a workshop's command line (see cli-arguments.ts, docs/edi.md).
import { runEdiCli } from './edi-client';

// npm runs scripts from the repository's root: file and folder names are the user's, relative to where they typed.
const typedIn = process.env['INIT_CWD'];
if (typedIn !== undefined && typedIn !== '') process.chdir(typedIn);

runEdiCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 5;
  },
);
