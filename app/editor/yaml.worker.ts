// Bundled by Vite as a local module worker (imported with `?worker`), per the monaco-yaml README.
import 'monaco-yaml/yaml.worker.js';
