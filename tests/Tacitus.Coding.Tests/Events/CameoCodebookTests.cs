using Tacitus.Coding.Events;

namespace Tacitus.Coding.Tests.Events;

public class CameoCodebookTests
{
    private static CameoCodebook Shipped() => CameoCodebook.Load(Path.Combine(AppContext.BaseDirectory, "models", CameoCodebook.FileName));

    [Fact]
    public void Shipped_codebook_knows_names_goldstein_quad_and_plover()
    {
        var book = Shipped();
        var strike = book.Lookup("195")!;
        Assert.Equal(-10.0, strike.Goldstein);
        Assert.Equal(4, strike.QuadClass);
        Assert.Equal("ASSAULT", strike.Plover!.Type);
        Assert.Equal("heavy-weapons", strike.Plover.Mode);
        var reject = book.Lookup("125")!;
        Assert.Equal(3, reject.QuadClass);
        Assert.Equal("REJECT", reject.Plover!.Type);
        Assert.Equal(1, book.Lookup("040")!.QuadClass);
        Assert.Equal(2, book.Lookup("0871")!.QuadClass);
    }

    [Fact]
    public void Unknown_subcode_falls_back_to_its_parent_and_non_cameo_codes_to_null()
    {
        var book = Shipped();
        var c = book.Lookup("1959")!; // not a CAMEO code, but a 19x code
        Assert.Equal(book.Lookup("195")!.Goldstein, c.Goldstein);
        Assert.Null(book.Lookup("---"));
        Assert.Null(book.Lookup("ABC"));
    }

    [Theory]
    [InlineData("010", 1, 0)]
    [InlineData("057", 1, 1)]
    [InlineData("090", 2, 3)]
    [InlineData("140", 3, 4)]
    [InlineData("195", 4, 4)]
    public void Quad_class_conventions(string code, int gdelt, int phoenix)
    {
        var book = Shipped();
        Assert.Equal(gdelt, book.QuadClassOf(code));
        Assert.Equal(phoenix, book.WithConvention(QuadClassConvention.Phoenix).QuadClassOf(code));
    }

    [Fact]
    public void Save_and_load_round_trip()
    {
        var book = Shipped();
        var path = Path.GetTempFileName();
        try
        {
            book.Save(path);
            var back = CameoCodebook.Load(path);
            Assert.Equal(book.Codes, back.Codes);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
