import { CSV_BOM, buildCsv, csvField, csvLine } from './csv';

describe('csv (RFC 4180)', () => {
  it('leaves plain fields as they are', () => {
    expect(csvField('Tigo')).toBe('Tigo');
    expect(csvField(12)).toBe('12');
    expect(csvField('1500.00')).toBe('1500.00');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes fields with a comma, a quote or a line break, doubling inner quotes', () => {
    expect(csvField('Quispe, Carla')).toBe('"Quispe, Carla"');
    expect(csvField('dijo "hola"')).toBe('"dijo ""hola"""');
    expect(csvField('línea 1\nlínea 2')).toBe('"línea 1\nlínea 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('"')).toBe('""""');
  });

  it('joins a line with commas', () => {
    expect(csvLine(['a', 'b,c', 3])).toBe('a,"b,c",3');
  });

  it('starts with the BOM and the header, ends every line with CRLF', () => {
    const csv = buildCsv(
      ['id', 'nombre'],
      [
        [1, 'Ñusta'],
        [2, 'a "b", c'],
      ],
    );
    expect(csv.startsWith(CSV_BOM)).toBeTrue();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('id,nombre\r\n1,Ñusta\r\n2,"a ""b"", c"\r\n');
  });

  it('writes only the header when there are no rows', () => {
    expect(buildCsv(['id'], [])).toBe(`${CSV_BOM}id\r\n`);
  });

  it('encodes as UTF-8 with the EF BB BF byte order mark', async () => {
    const bytes = new Uint8Array(await new Blob([buildCsv(['ñ'], [])]).arrayBuffer());
    expect(Array.from(bytes.slice(0, 5))).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xb1]);
  });
});
