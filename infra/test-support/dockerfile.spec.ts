import { parseDockerfile, stageEnv } from './dockerfile';

const text = `# syntax=docker/dockerfile:1
ARG BASE=node:20.20.2-bookworm-slim
FROM \${BASE} AS build
RUN --mount=type=cache,target=/root/.npm npm ci \\
    # a comment inside a continued instruction
    --ignore-scripts
ENV A=1 B="two words"
FROM build AS runtime
ENV LEGACY value with spaces
COPY --from=build /app/dist ./dist
ENTRYPOINT ["node", "start.cjs"]
`;

describe('parseDockerfile', () => {
  const dockerfile = parseDockerfile(text);
  const [build, runtime] = dockerfile.stages;

  it('reads stages, fills FROM from global ARG defaults and joins continued lines without their comments', () => {
    expect(dockerfile.stages.map((stage) => [stage.name, stage.from])).toEqual([
      ['build', 'node:20.20.2-bookworm-slim'],
      ['runtime', 'build'],
    ]);
    expect(build?.instructions[0]).toMatchObject({ keyword: 'RUN', flags: { mount: 'type=cache,target=/root/.npm' }, args: ['npm', 'ci', '--ignore-scripts'], line: 4 });
  });

  it('tells exec form from shell form and keeps COPY flags apart from sources', () => {
    expect(runtime?.instructions.find((each) => each.keyword === 'ENTRYPOINT')).toMatchObject({ execForm: true, args: ['node', 'start.cjs'] });
    expect(runtime?.instructions.find((each) => each.keyword === 'COPY')).toMatchObject({ flags: { from: 'build' }, args: ['/app/dist', './dist'] });
  });

  it('collects ENV in both forms, inherited from the stage built upon', () => {
    expect(runtime && stageEnv(dockerfile, runtime)).toEqual({ A: '1', B: 'two words', LEGACY: 'value with spaces' });
  });

  it('refuses what it cannot read rather than guessing', () => {
    expect(() => parseDockerfile('FROM ${MISSING}')).toThrow('FROM uses ARG MISSING');
    expect(() => parseDockerfile('FROM node:20\nRUN <<EOF\necho hi\nEOF')).toThrow('heredocs are not supported');
  });
});
