import { expect } from 'chai';
import { checkDataLimits, createFormValidator, FormSchemaError } from '@govflow/forms';

const TREE = {
  type: 'object',
  properties: { name: { type: 'string', maxLength: 20 }, children: { type: 'array', items: { $ref: '#' } } },
};

function nested(levels: number): unknown {
  let value: unknown = { name: 'leaf' };
  for (let i = 0; i < levels; i += 1) value = { name: `n${i}`, children: [value] };
  return value;
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

describe('forms / hostile schemas and data', () => {
  it('given a schema that recurses through its data ($ref "#" under items), when compiled and used, then it works', () => {
    const { valid, errors } = createFormValidator(TREE).validate(nested(5));
    expect({ valid, errors }).to.deep.equal({ valid: true, errors: [] });
    const bad = createFormValidator(TREE).validate({ children: [{ children: [{ name: 1 }] }] });
    expect(bad.errors).to.deep.equal([{ path: '/children/0/children/0/name', keyword: 'type', message: '应当是文本' }]);
  });

  for (const [label, schema] of [
    ['a bare { $ref: "#" }', { $ref: '#' }],
    ['allOf: [{ $ref: "#" }]', { type: 'object', allOf: [{ $ref: '#' }] }],
    [
      'two definitions referencing each other',
      {
        definitions: { a: { $ref: '#/definitions/b' }, b: { anyOf: [{ $ref: '#/definitions/a' }] } },
        $ref: '#/definitions/a',
      },
    ],
    ['a property that references itself', { type: 'object', properties: { x: { $ref: '#/properties/x' } } }],
  ] as const) {
    it(`given ${label}, when compiled, then FORM_SCHEMA_INVALID names the endless reference instead of overflowing later`, () => {
      const { result: error } = timed(() => {
        try {
          createFormValidator(schema as Record<string, unknown>);
        } catch (e) {
          return e;
        }
        return undefined;
      });
      expect(error).to.be.instanceOf(FormSchemaError);
      expect((error as FormSchemaError).message).to.match(/^申请表定义无效：申请表定义存在无限循环引用（#.* → #.*）$/);
    });
  }

  it('given a schema nested 10,000 levels deep, when compiled, then it fails clearly without a stack overflow', () => {
    let schema: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 10_000; i += 1) schema = { type: 'object', properties: { a: schema } };
    const { ms } = timed(() => expect(() => createFormValidator(schema)).to.throw(FormSchemaError, /嵌套过深/));
    expect(ms).to.be.below(1000);
  });

  it('given data nested 10,000 levels against the recursive schema, when validated, then a maxDepth error comes in bounded time', () => {
    const data = nested(10_000);
    const { result, ms } = timed(() => createFormValidator(TREE).validate(data));
    expect(result.valid).to.equal(false);
    expect(result.errors).to.have.length(1);
    expect(result.errors[0]).to.include({ keyword: 'maxDepth', message: '数据嵌套层级过深（超过 64 层），已拒绝校验' });
    expect(result.errors[0]?.path).to.match(/^(\/children\/0)+$/);
    expect(ms).to.be.below(200);
  });

  it('given an object that contains itself, when validated, then the depth limit stops the walk', () => {
    const loop: Record<string, unknown> = { name: 'loop' };
    loop['children'] = [loop];
    expect(createFormValidator(TREE).validate(loop).errors[0]?.keyword).to.equal('maxDepth');
  });

  it('given a 10 MB string in a field with maxLength 20, when validated, then maxLength reports it quickly', () => {
    const huge = '测'.repeat(10 * 1024 * 1024);
    const { result, ms } = timed(() =>
      createFormValidator(TREE).validate({ name: huge }, { limits: { maxStringLength: 20_000_000 } }),
    );
    expect(result.errors).to.deep.equal([{ path: '/name', keyword: 'maxLength', message: '不应多于 20 个字符' }]);
    expect(ms).to.be.below(1000);
  });

  it('given a string over the global limit (default 1,000,000), when validated, then it is refused before ajv runs', () => {
    const { result, ms } = timed(() => createFormValidator(TREE).validate({ name: 'x'.repeat(50 * 1024 * 1024) }));
    expect(result.errors).to.deep.equal([
      { path: '/name', keyword: 'maxStringLength', message: '文本过长（52428800 个字符，上限 1000000），已拒绝校验' },
    ]);
    expect(ms).to.be.below(100);
  });

  it('given a huge ID number string, when the format checks it, then the message stays short and the check is bounded', () => {
    const schema = { type: 'object', properties: { id: { type: 'string', format: 'cn-id-number' } } };
    const { result, ms } = timed(() => createFormValidator(schema).validate({ id: '1'.repeat(900_000) }));
    expect(result.errors).to.deep.equal([
      { path: '/id', keyword: 'format', message: '居民身份证号码长度不正确（900000 个字符）' },
    ]);
    expect(ms).to.be.below(200);
  });

  it('given more values than maxNodes, when validated, then it is refused with a count message', () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => ({ name: `r${i}` }));
    const error = checkDataLimits({ children: rows }, { maxDepth: 64, maxNodes: 1_000, maxStringLength: 100 });
    expect(error).to.deep.equal({ path: '', keyword: 'maxNodes', message: '数据项过多（超过 1000 项），已拒绝校验' });
  });

  it('given a schema that is not an object, when compiled, then FORM_SCHEMA_INVALID is thrown', () => {
    expect(() => createFormValidator([] as unknown as Record<string, unknown>)).to.throw(
      FormSchemaError,
      /应为 JSON 对象/,
    );
  });

  it('given a reference to a remote schema, when compiled, then it fails clearly and nothing is fetched', () => {
    expect(() => createFormValidator({ $ref: 'https://example.invalid/form.json' })).to.throw(
      FormSchemaError,
      /can't resolve reference/,
    );
  });
});
