using Tacitus.Core;
using Tacitus.Nlp.Models;
using Tacitus.Nlp.Parsing;
using Tacitus.Nlp.Tagging;

namespace Tacitus.Nlp.Tests.Models;

/// <summary>
/// Weights formats: models written before the block format (Fixtures/format1: a tiny tagger and parser saved by the
/// previous release) still load, upgrade to the current format with the same predictions, and a format newer than
/// this build is refused with a clear error.
/// </summary>
public class ModelFormatTests
{
    private static readonly string[] Words = ["Russia", "refused", "to", "send", "Putin", "to", "the", "talks", "in", "Istanbul", "on", "Thursday", "."];

    private static string CopyOfOldModels()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-format-").FullName;
        foreach (var component in new[] { "tagger", "parser" })
        {
            var from = ShippedModels.Fixture(Path.Combine("format1", component));
            Directory.CreateDirectory(Path.Combine(dir, component));
            foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(dir, component, Path.GetFileName(f)));
        }
        return dir;
    }

    [Fact]
    public void Upgrading_old_models_keeps_their_predictions()
    {
        var dir = CopyOfOldModels();
        try
        {
            var oldTagger = PosTagger.Load(Path.Combine(dir, "tagger"));
            var oldParser = DependencyParserModel.Load(Path.Combine(dir, "parser"));
            Assert.Equal(1, ModelPackage.ReadMetadata(Path.Combine(dir, "tagger")).FormatVersion);

            var report = ModelFormatUpgrade.Run(dir);
            Assert.Equal(2, report.Count);
            Assert.Equal(PosTagger.FormatVersion, ModelPackage.ReadMetadata(Path.Combine(dir, "tagger")).FormatVersion);
            Assert.Equal(DependencyParserModel.FormatVersion, ModelPackage.ReadMetadata(Path.Combine(dir, "parser")).FormatVersion);
            Assert.False(Directory.Exists(Path.Combine(dir, "tagger.upgrading")));

            var newTagger = PosTagger.Load(Path.Combine(dir, "tagger"));
            var newParser = DependencyParserModel.Load(Path.Combine(dir, "parser"));
            var tags = oldTagger.Tag(Words);
            Assert.Equal(tags, newTagger.Tag(Words));
            string?[] xpos = [.. tags.Select(t => t.Xpos)];
            string?[] upos = [.. tags.Select(t => t.Upos)];
            var a = oldParser.Parse(Words, xpos, upos);
            var b = newParser.Parse(Words, xpos, upos);
            Assert.Equal(a.Heads, b.Heads);
            Assert.Equal(a.Relations, b.Relations);

            // A second upgrade has nothing to do.
            Assert.All(ModelFormatUpgrade.Run(dir), line => Assert.Contains("already format", line));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_format_newer_than_this_build_is_a_clear_error()
    {
        var dir = CopyOfOldModels();
        try
        {
            var meta = Path.Combine(dir, "parser", ModelPackage.MetaFile);
            File.WriteAllText(meta, File.ReadAllText(meta).Replace("\"format_version\": 1", "\"format_version\": 99", StringComparison.Ordinal));
            var ex = Assert.Throws<TacitusException>(() => DependencyParserModel.Load(Path.Combine(dir, "parser")));
            Assert.Contains("format 99", ex.Message);
            Assert.Contains("update tacitus", ex.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(22)]
    public void Keys_round_trip_through_little_endian_blocks(int rotation)
    {
        var rng = new Random(5);
        var keys = Enumerable.Range(0, 1000).Select(_ => (ulong)rng.NextInt64() * 2 + 1).Distinct()
            .OrderBy(k => System.Numerics.BitOperations.RotateRight(k, rotation)).ToArray();
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) LittleEndianBlocks.WriteSortedKeys(w, keys, rotation);
        Assert.Equal(8 * keys.Length, ms.Length);
        ms.Position = 0;
        Assert.Equal(keys, LittleEndianBlocks.ReadSortedKeys(new BinaryReader(ms), keys.Length, rotation));
    }

    [Fact]
    public void Keys_out_of_order_are_refused()
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        Assert.Throws<ArgumentException>(() => LittleEndianBlocks.WriteSortedKeys(w, [5UL, 3UL]));
        w.Write(5UL);
        w.Write(0UL);
        ms.Position = 0;
        Assert.Throws<InvalidDataException>(() => LittleEndianBlocks.ReadSortedKeys(new BinaryReader(ms), 2));
    }
}
