// Validates a JSON document against Slack's official app manifest schema with ajv.
// Usage: node validate-manifest.cjs <node_modules folder> <schema folder> <manifest.json>
// Prints the errors and exits 1 when the document is invalid; 2 when it could not run.
const fs = require("fs");
const path = require("path");

const [modules, schemaFolder, documentPath] = process.argv.slice(2);
if (!modules || !schemaFolder || !documentPath) {
  console.error("usage: node validate-manifest.cjs <node_modules> <schema folder> <manifest.json>");
  process.exit(2);
}
const Ajv = require(path.join(modules, "ajv")).default;
const addFormats = require(path.join(modules, "ajv-formats")).default;
const read = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

// The top-level schema refers to the versioned schemas by their published URLs; serve them from the folder.
const top = read(path.join(schemaFolder, "manifest.schema.json"));
const published = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/";
// strict: false because Slack's schema uses its own annotation keyword "requires".
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
for (const version of ["1.0.0", "2.0.0"]) {
  ajv.addSchema(read(path.join(schemaFolder, "schemas", `manifest.schema.${version}.json`)), `${published}manifest.schema.${version}.json`);
}
const validate = ajv.compile(top);
if (validate(read(documentPath))) {
  console.log("valid");
  process.exit(0);
}
for (const error of validate.errors) {
  console.log(`${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
}
process.exit(1);
