// Validates a Teams app manifest against the official JSON schema (draft-04) shipped by @microsoft/app-manifest.
// Usage: node validate-teams-manifest.js <schema.json> <manifest.json>; prints "valid" or the errors, exit 0 / 1.
const fs = require('fs');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const [schemaPath, manifestPath] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8').replace(/^\uFEFF/, ''));
if (validate(manifest)) {
  console.log('valid');
} else {
  console.log(JSON.stringify(validate.errors, null, 1));
  process.exitCode = 1;
}
