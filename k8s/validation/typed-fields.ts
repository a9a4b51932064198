/**
 * The OpenAPI schemas accept fields they do not know (a misspelled `livenesProbe` validates), while the API
 * server rejects them under `kubectl apply --validate=strict`. TypeScript's excess-property check on the
 * kubernetes-models interfaces catches exactly that: each object becomes a typed literal, and the compiler's
 * complaints are the findings. The compiler elaborates one mismatch per object, so fix and rerun to see the next.
 */
import * as ts from 'typescript';
import { join } from 'node:path';
import type { Resource } from '../render-kustomization';

export interface TypeFinding {
  object: string;
  message: string;
}

export function findUntypedFields(resources: Resource[]): TypeFinding[] {
  const root = join(__dirname, '..', 'rendered-objects.generated.mts');
  const declarations = resources.map((resource, index) => {
    const { apiVersion, kind } = resource as { apiVersion: string; kind: string };
    const module = apiVersion.endsWith('strimzi.io/v1beta2') ? `@kubernetes-models/strimzi-kafka-operator/${apiVersion}/${kind}` : `kubernetes-models/${apiVersion}/${kind}`;
    return `import type { I${kind} as T${index} } from '${module}';\nexport const object${index}: T${index} = ${JSON.stringify(resource)};\n`;
  });
  const source = declarations.join('');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (file, language, ...rest) => (file === root ? ts.createSourceFile(file, source, language) : getSourceFile.call(host, file, language, ...rest));
  host.fileExists = (file) => file === root || fileExists.call(host, file);
  host.readFile = (file) => (file === root ? source : readFile.call(host, file));
  const program = ts.createProgram([root], options, host);
  // Each object's declaration starts at a known offset, so a finding's position names its object.
  const starts = declarations.map((_, index) => declarations.slice(0, index).join('').length);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const index = diagnostic.file?.fileName === root && diagnostic.start !== undefined ? starts.findLastIndex((start) => start <= diagnostic.start!) : -1;
    const resource = resources[index];
    const object = resource ? `${String(resource.kind)} ${String((resource.metadata as { name?: string }).name)}` : (diagnostic.file?.fileName ?? 'compiler');
    return { object, message: ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ') };
  });
}
