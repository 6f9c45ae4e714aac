// `npm run library:export [-- --out library.json]`: writes the built-in exercise
// library (every template's current version) as JSON, to stdout or to a file.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { buildLibraryExport } from "../exercises/library-export";

const { values } = parseArgs({ options: { out: { type: "string", short: "o" } } });
const json = `${JSON.stringify(buildLibraryExport(), null, 2)}\n`;
if (values.out) {
  writeFileSync(values.out, json);
  console.error(`Wrote ${values.out}`);
} else {
  process.stdout.write(json);
}
