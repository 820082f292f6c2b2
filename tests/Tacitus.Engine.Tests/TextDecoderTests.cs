using System.Text;
using Tacitus.Engine.Input;

namespace Tacitus.Engine.Tests;

public sealed class TextDecoderTests
{
    private static readonly Encoding Cp1252 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static string Decode(byte[] bytes, out string? problem, out string name) => TextDecoder.TryDecode(bytes, out problem, out name)!;

    [Theory]
    [InlineData("<html><head><meta charset=\"windows-1252\"></head><body>")]
    [InlineData("<html><head><meta charset=latin1></head><body>")]
    [InlineData("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\"></head><body>")]
    [InlineData("\n  <!DOCTYPE html><html><head><meta content='text/html;charset=iso-8859-1' http-equiv='content-type'></head><body>")]
    public void Html_declaring_a_single_byte_charset_is_decoded_with_it(string head)
    {
        var original = head + "Erdo\u011Fan? No: \u201CCaf\u00E9 na\u00EFve\u201D \u2014 \u20AC5 in M\u00FCnchen</body></html>";
        // ğ is not in Windows-1252: write the rest with it and check what survives.
        var text = original.Replace("Erdo\u011Fan", "Erdogan", StringComparison.Ordinal);
        var bytes = Cp1252.GetBytes(text);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        var decoded = Decode(bytes, out var problem, out var name);

        Assert.Null(problem);
        Assert.Equal("windows-1252", name);
        Assert.Equal(text, decoded);
    }

    [Fact]
    public void Xml_declaration_names_the_encoding_of_a_feed()
    {
        var text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Z\u00FCrich caf\u00E9</title></channel></rss>";
        var decoded = Decode(Encoding.Latin1.GetBytes(text), out var problem, out var name);
        Assert.Null(problem);
        Assert.Equal("windows-1252", name);
        Assert.Equal(text, decoded);
    }

    [Fact]
    public void Declared_utf8_and_no_declaration_mean_strict_utf8()
    {
        var text = "<html><meta charset=\"utf-8\"><body>Erdo\u011Fan \u2014 Zelenskyy \U0001F600</body></html>";
        Assert.Equal(text, Decode(Encoding.UTF8.GetBytes(text), out var p1, out var n1));
        Assert.Null(p1);
        Assert.Equal("utf-8", n1);
        Assert.Equal("plain \u00E9", Decode(Encoding.UTF8.GetBytes("plain \u00E9"), out _, out _));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void Utf16_is_recognised_with_or_without_a_byte_order_mark(bool bigEndian, bool bom)
    {
        var text = "Putin refused to attend the talks in Istanbul on Thursday, said caf\u00E9 owners.";
        var bytes = new UnicodeEncoding(bigEndian, bom).GetPreamble().Concat(new UnicodeEncoding(bigEndian, false).GetBytes(text)).ToArray();
        var decoded = Decode(bytes, out var problem, out var name);
        Assert.Null(problem);
        Assert.Equal(text, decoded);
        Assert.Equal(bigEndian ? "utf-16be" : "utf-16le", name);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_dropped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Kyiv")).ToArray();
        Assert.Equal("Kyiv", Decode(bytes, out _, out _));
    }

    [Fact]
    public void Invalid_utf8_without_a_declaration_is_rejected_with_advice()
    {
        var bytes = Cp1252.GetBytes("M\u00FCnchen and Z\u00FCrich");
        Assert.Null(TextDecoder.TryDecode(bytes, out var problem));
        Assert.Contains("not valid UTF-8", problem, StringComparison.Ordinal);
        Assert.Contains("offset 1", problem, StringComparison.Ordinal);
        Assert.Contains("iconv", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_charset_is_rejected_naming_it()
    {
        var bytes = Encoding.ASCII.GetBytes("<html><meta charset=\"x-klingon-9\"><body>qapla'</body></html>");
        Assert.Null(TextDecoder.TryDecode(bytes, out var problem));
        Assert.Contains("x-klingon-9", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_data_is_rejected()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3 };
        Assert.Null(TextDecoder.TryDecode(bytes, out var problem));
        Assert.Contains("binary", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf16_is_rejected_not_mangled()
    {
        // A BOM, then a lone high surrogate followed by an ASCII letter.
        var bytes = new byte[] { 0xFF, 0xFE, 0x3D, 0xD8, 0x41, 0x00 };
        Assert.Null(TextDecoder.TryDecode(bytes, out var problem));
        Assert.Contains("UTF-16LE", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_file_in_windows_1252_reads_with_correct_text_and_offsets()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-enc-");
        try
        {
            var html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00E9</title></head><body><article><p>Merz met Erdogan in M\u00FCnchen on \u201CMonday\u201D.</p></article></body></html>";
            var path = Path.Combine(dir.FullName, "page.html");
            File.WriteAllBytes(path, Cp1252.GetBytes(html));
            var problems = new List<InputProblem>();
            var reader = new DocumentReader(date: new DateOnly(2025, 5, 14));
            reader.Problem += problems.Add;

            var doc = Assert.Single(reader.Read([path]));

            Assert.Empty(problems);
            Assert.Contains("Merz met Erdogan in M\u00FCnchen on \u201CMonday\u201D.", doc.Text, StringComparison.Ordinal);
            int at = doc.Text.IndexOf("M\u00FCnchen", StringComparison.Ordinal);
            Assert.Equal("M\u00FCnchen", doc.Text.Substring(at, 7));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
