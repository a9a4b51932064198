import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { renderKustomization } from './render-kustomization';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: { name: orders }
spec:
  template:
    spec:
      containers:
        - name: renkei
          image: renkei:0.1.0
          env: [{ name: LOG_LEVEL, value: info }]
          args: [a]
`;

describe('renderKustomization', () => {
  let root: string;
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  };
  const kustomization = (body: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`;
  const container = (resource: unknown) => (resource as { spec: { template: { spec: { containers: Record<string, unknown>[] } } } }).spec.template.spec.containers[0];

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kustomize-'));
    write({ 'base/kustomization.yaml': kustomization('resources: [orders.yaml]\n'), 'base/orders.yaml': deployment });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('applies namespace, images and replicas of an overlay to its base', () => {
    write({ 'o/kustomization.yaml': kustomization('namespace: prod\nresources: [../base]\nimages: [{ name: renkei, newName: r.example/renkei, newTag: "2" }]\nreplicas: [{ name: orders, count: 3 }]\n') });
    const [orders] = renderKustomization(join(root, 'o'));
    expect(orders).toMatchObject({ metadata: { name: 'orders', namespace: 'prod' }, spec: { replicas: 3 } });
    expect(container(orders)?.image).toBe('r.example/renkei:2');
  });

  it('merges a strategic-merge patch into lists by their merge key, without renaming the target', () => {
    write({
      'o/kustomization.yaml': kustomization('resources: [../base]\npatches: [{ path: p.yaml, target: { kind: Deployment } }]\n'),
      'o/p.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: ignored }\nspec: { template: { spec: { containers: [{ name: renkei, env: [{ name: LOG_LEVEL, value: debug }, { name: PORT, value: "1" }] }] } } }\n',
    });
    const [orders] = renderKustomization(join(root, 'o'));
    expect((orders?.metadata as { name: string }).name).toBe('orders');
    expect(container(orders)?.env).toEqual([{ name: 'LOG_LEVEL', value: 'debug' }, { name: 'PORT', value: '1' }]);
  });

  it('applies JSON 6902 operations from a component to the resources gathered before it', () => {
    write({
      'o/kustomization.yaml': kustomization('resources: [../base]\ncomponents: [../c]\n'),
      'c/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches: [{ path: p.yaml, target: { kind: Deployment, name: orders } }]\n',
      'c/p.yaml': '- { op: add, path: /spec/replicas, value: 2 }\n- { op: replace, path: /spec/template/spec/containers/0/image, value: other }\n',
    });
    const [orders] = renderKustomization(join(root, 'o'));
    expect(orders).toMatchObject({ spec: { replicas: 2 } });
    expect(container(orders)?.image).toBe('other');
  });

  it.each([
    ['a kustomize field it does not implement', kustomization('resources: [../base]\ncommonLabels: { a: b }\n'), /field commonLabels is not supported/],
    ['a patch whose target matches nothing', kustomization('resources: [../base]\npatches: [{ patch: "[]", target: { kind: Service } }]\n'), /matches no resource/],
    ['a JSON patch operation it does not implement', kustomization('resources: [../base]\npatches: [{ patch: "[{op: move, from: /a, path: /b}]", target: { kind: Deployment } }]\n'), /op move is not supported/],
    [
      'a list merge whose strategy it does not know',
      kustomization('resources: [../base]\npatches: [{ patch: "{apiVersion: apps/v1, kind: Deployment, metadata: {name: orders}, spec: {template: {spec: {containers: [{name: renkei, args: [b]}]}}}}" }]\n'),
      /list at spec.template.spec.containers\[\].args, whose merge strategy/,
    ],
    ['a resource declared twice', kustomization('resources: [../base, ../base/orders.yaml]\n'), /declared twice/],
  ])('throws on %s', (_case, text, message) => {
    write({ 'o/kustomization.yaml': text });
    expect(() => renderKustomization(join(root, 'o'))).toThrow(message);
  });
});
