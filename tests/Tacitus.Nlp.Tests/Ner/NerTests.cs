using System.Text.Json;
using Tacitus.Core;
using Tacitus.Nlp.Models;
using Tacitus.Nlp.Ner;
using Tacitus.Nlp.Learning;
using Tacitus.Nlp.Scoring;
using Tacitus.Nlp.Tagging;
using Tacitus.TestSupport;

namespace Tacitus.Nlp.Tests.Ner;

public class NerTests
{
    /// <summary>The CI floors: each shipped model's UNER EWT test F1 (models/README.md) minus 0.5.</summary>
    private const double TestFloor = 80.24, FastTestFloor = 78.00;

    private static List<IobSentence> Tiny() => IobReader.ReadFile(ShippedModels.Fixture("tiny.iob2")).ToList();

    private static readonly Lazy<EntityRecognizer> Shipped = new(() => EntityRecognizer.Load(ShippedModels.Dir("ner")));
    private static readonly Lazy<EntityRecognizer> Fast = new(() => EntityRecognizer.Load(ShippedModels.Dir("ner-fast")));
    private static readonly Lazy<PosTagger> ShippedTagger = new(() => PosTagger.Load(ShippedModels.Dir("tagger")));

    /// <summary>Gold sentences with the shipped tagger's UPOS, as the pipeline gives them to the ner stage.</summary>
    private static List<IobSentence> Tagged(string file) =>
        [.. IobReader.ReadFile(SharedData.Path("nlp", file)).Select(s => s with { Upos = [.. ShippedTagger.Value.Tag(s.Tokens).Select(t => t.Upos)] })];

    [Fact]
    public void Iob_reader_reads_ids_tokens_and_tags_and_folds_labels()
    {
        var s = Tiny()[0];
        Assert.Equal("tiny-ner-1", s.SentId);
        Assert.Equal("Putin", s.Tokens[1]);
        Assert.Equal("I-PER", s.Tags[1]);
        Assert.Equal("B-LOC", NerLabels.Fold("B-GPE"));
        Assert.Equal("O", NerLabels.Fold("B-OTH"));
        Assert.Equal("O", NerLabels.Fold("B-O"));
        var bad = Assert.Throws<TacitusException>(() => IobReader.Read(new StringReader("1\tonly-two\n")).ToList());
        Assert.Contains("<iob2>:1", bad.Message);
    }

    [Fact]
    public void Scorer_counts_exact_spans_like_conlleval()
    {
        var scorer = new NerScorer();
        // Gold: PER(0-1), LOC(3). Predicted: PER(0) only (wrong boundary), LOC(3) right, ORG(5) spurious via a stray I-.
        scorer.Add(["B-PER", "I-PER", "O", "B-LOC", "O", "O"], ["B-PER", "O", "O", "B-LOC", "O", "I-ORG"]);
        var o = scorer.Overall;
        Assert.Equal(2, o.Gold);
        Assert.Equal(3, o.Predicted);
        Assert.Equal(1, o.Correct);
        Assert.Equal(100.0 / 3, o.Precision, 6);
        Assert.Equal(50, o.Recall, 6);
        Assert.Equal(40, o.F1, 6);
        Assert.Equal(1, scorer.ByType["ORG"].Predicted);
        Assert.Contains((0, 2, "LOC"), NerScorer.Chunks(["I-LOC", "I-LOC", "I-LOC"]));
    }

    [Fact]
    public void Gazetteer_matches_multiword_names_ignoring_case()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "countries.tsv"),
                "cca2\tcca3\tcommon_name\tofficial_name\tdemonyms\talt_spellings\tcapital\tlat\tlon\tiso_en_names\n" +
                "US\tUSA\tUnited States\tUnited States of America\tAmerican\tUS;USA\tWashington D.C.\t38\t-97\tUnited States\n" +
                "MY\tMYS\tMalaysia\tMalaysia\tMalaysian\tMY\tKuala Lumpur\t2.5\t112.5\tMalaysia\n");
            File.WriteAllText(Path.Combine(dir.FullName, "cities.tsv"),
                "geonameid\tname\talt_country\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature_code\tadmin3\tadmin4\n" +
                "1\tKuala Lumpur\t\tMY\t14\t3.1\t101.7\t1453975\tPPLC\t\t\n2\tTinyville\t\tMY\t14\t3.1\t101.7\t50\tPPL\t\t\n");
            var g = Gazetteer.Build(dir.FullName);
            string[] words = ["i", "moved", "from", "the", "united", "states", "to", "Kuala", "Lumpur", ",", "malaysia", "near", "Tinyville"];
            var hashes = words.Select(w => Tacitus.Nlp.Learning.FeatureHash.OfNormalized(w)).ToArray();
            var begin = new GazetteerKind[words.Length];
            var inside = new GazetteerKind[words.Length];
            g.Mark(hashes, begin, inside);
            Assert.Equal(GazetteerKind.Country, begin[4]);
            Assert.Equal(GazetteerKind.Country, inside[5]);
            Assert.Equal(GazetteerKind.Capital | GazetteerKind.City, begin[7]);
            Assert.Equal(GazetteerKind.Country, begin[10]);
            Assert.Equal(GazetteerKind.None, begin[12]); // below the population threshold
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Tiny_training_run_learns_the_fixture_and_round_trips()
    {
        var ner = NerTrainer.Train(Tiny(), Tiny(), Gazetteer.Empty, new NerTrainingOptions { Epochs = 30, Patience = 30, Seed = 5, MinClusterCount = 2, ClusterBits = 3 });
        Assert.Equal(100, NerTrainer.Evaluate(ner, Tiny())["f1"]);
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            ner.Save(dir.FullName, new ModelMetadata { Component = EntityRecognizer.Component });
            var back = EntityRecognizer.Load(dir.FullName);
            foreach (var s in Tiny()) Assert.Equal(ner.Tag(s.Tokens), back.Tag(s.Tokens));
            string[] unseen = ["Olaf", "Scholz", "visited", "Paris", "and", "the", "European", "Union", "."];
            Assert.Equal(ner.Tag(unseen), back.Tag(unseen));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Predicted_tags_never_start_with_an_orphan_inside_tag()
    {
        var tags = Shipped.Value.Tag(["and", "Istanbul", "talks", "with", "Putin", "Lavrov", "Medinsky", "NATO", "EU", "."]);
        for (int i = 0; i < tags.Length; i++)
        {
            if (!tags[i].StartsWith("I-", StringComparison.Ordinal)) continue;
            Assert.True(i > 0 && tags[i - 1].Length > 2 && tags[i - 1][2..] == tags[i][2..], string.Join(' ', tags));
        }
    }

    [Fact]
    public void Ner_stage_writes_token_tags_and_entities_with_spans()
    {
        const string text = "Russian President Vladimir Putin met Turkish officials in Istanbul on Friday .";
        var doc = new TaggerStage(ShippedTagger.Value).Process(OneSentenceDocument.Of(text, "t"));
        doc = new NerStage(Shipped.Value).Process(doc);
        Assert.All(doc.Tokens, t => Assert.NotNull(t.Ner));
        var per = Assert.Single(doc.Entities, e => e.Label == "PER");
        Assert.Equal("Vladimir Putin", doc.TextOf(per.Span));
        Assert.Contains(doc.Entities, e => e.Label == "LOC" && doc.TextOf(e.Span) == "Istanbul");
        Assert.All(doc.Entities, e => Assert.Equal(NerStage.Producer, e.Producer));
    }

    [Fact]
    public void Ner_stage_survives_bad_input()
    {
        var stage = new NerStage(Shipped.Value);
        var longSentence = string.Join(' ', Enumerable.Range(0, 2000).Select(i => i % 3 == 0 ? "Putin" : "said"));
        Assert.Equal(2000, stage.Process(OneSentenceDocument.Of(longSentence, "t")).Tokens.Length);
        var odd = stage.Process(OneSentenceDocument.Of("ERDOĞAN " + new string('Z', 10_000) + " 🇹🇷 東京 مرحبا", "t"));
        Assert.All(odd.Tokens, t => Assert.Contains(t.Ner!, NerLabels.All));
    }

    [Fact]
    public void A_long_document_is_encoded_in_groups_and_every_sentence_is_tagged()
    {
        // 400 sentences, 2,800 words: more than one group of sentences for the contextual encoder.
        var text = string.Join(' ', Enumerable.Repeat("Putin met Erdoğan in Ankara on Friday .", 400));
        var doc = new Tacitus.Nlp.Tokenization.Tokenizer().Process(new Document("long", text));
        Assert.Equal(400, doc.Sentences.Length);
        doc = new NerStage(Shipped.Value).Process(new TaggerStage(ShippedTagger.Value).Process(doc));
        Assert.Equal(1200, doc.Entities.Length);
        Assert.All(doc.Entities.Chunk(3), three =>
        {
            Assert.Equal(["Putin", "Erdoğan", "Ankara"], three.Select(e => doc.TextOf(e.Span)));
            Assert.Equal(["PER", "PER", "LOC"], three.Select(e => e.Label));
        });
    }

    [SharedDataFact("nlp", "en_ewt-ud-test.iob2")]
    public void Shipped_ner_holds_its_test_floor()
    {
        Assert.NotNull(Shipped.Value.Encoder);
        HoldsTestFloor(Shipped.Value, TestFloor);
    }

    [SharedDataFact("nlp", "en_ewt-ud-test.iob2")]
    public void Fast_ner_holds_its_test_floor()
    {
        Assert.Null(Fast.Value.Encoder);
        HoldsTestFloor(Fast.Value, FastTestFloor);
    }

    private static void HoldsTestFloor(EntityRecognizer model, double floor)
    {
        // models/README.md: each model's test F1 when shipped; the floor is that minus 0.5.
        var f1 = NerTrainer.Evaluate(model, Tagged("en_ewt-ud-test.iob2"))["f1"];
        Assert.True(f1 >= floor, $"test NER F1 {f1:F2} is below the floor {floor:F2}");
    }

    [SharedDataTheory("nlp", "en_ewt-ud-dev.iob2")]
    [InlineData("ner")]
    [InlineData("ner-fast")]
    public void Shipped_ner_holds_its_dev_score(string name)
    {
        var model = name == "ner" ? Shipped.Value : Fast.Value;
        Assert.True(model.UsesUpos, "the shipped model is trained with the tagger's UPOS");
        var f1 = NerTrainer.Evaluate(model, Tagged("en_ewt-ud-dev.iob2"))["f1"];
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(ShippedModels.Dir(name), ModelPackage.MetaFile)));
        var recorded = meta.RootElement.GetProperty("scores").GetProperty("dev.f1").GetDouble();
        Assert.True(f1 >= recorded - 0.5, $"dev NER F1 {f1:F2} fell more than 0.5 below the recorded {recorded:F2}");
    }

    [Fact]
    public void Unlabelled_text_reads_xml_fortunes_gzip_and_wordnet_glosses()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.tml"), "<TimeML><s>Enron <EVENT eid=\"e1\">said</EVENT> so.</s></TimeML>\n");
            File.WriteAllText(Path.Combine(dir.FullName, "b"), "Never trust Mozilla.\n%\n\n%\nAsk Google.\n");
            File.WriteAllText(Path.Combine(dir.FullName, "b.dat"), "binary index, skipped");
            using (var gz = new System.IO.Compression.GZipStream(File.Create(Path.Combine(dir.FullName, "c.dz")), System.IO.Compression.CompressionLevel.Fastest))
                gz.Write("Random House &amp; Xinhua\n"u8);
            File.WriteAllText(Path.Combine(dir.FullName, "data.noun"),
                "  1 This software and database is provided\n" +
                "08000001 14 n 01 Georgetown_University 0 001 @i 08709407 n 0000 | a university in Washington; \"she studied at Georgetown\"\n");
            File.WriteAllText(Path.Combine(dir.FullName, "d.json"),
                "{\"id\":\"1\",\"text\":\"From a@b.c  Thu Aug 22 2002\\nSubject: hi\\n\\nThanks , Bob\\n> quoted Bob\\n<html>\\n\"}");
            var sentences = UnlabelledText.Read([dir.FullName]).Select(s => string.Join(' ', s)).ToList();
            Assert.Equal(["Enron said so .", "Never trust Mozilla .", "Ask Google .", "Random House & Xinhua", "Thanks ,", "Bob",
                "a university in Washington \" she studied at Georgetown \""], sentences);
            Assert.Throws<TacitusException>(() => UnlabelledText.Read([Path.Combine(dir.FullName, "missing")]));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Gazetteer_builder_combines_kinds_and_reads_name_lists_and_wordnet()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var names = Path.Combine(dir.FullName, "people.txt");
            File.WriteAllText(names, "# people\nTellechea\nJill\n\nX\n");
            // Two synsets in the WordNet data.noun layout: offset, lexicographer file, type, word count (hex), words…
            File.WriteAllText(Path.Combine(dir.FullName, "data.noun"),
                "  1 This software and database is provided\n" +
                "08968477 15 n 02 Georgetown 0 Stabroek 0 003 @i 08709407 n 0000 | capital of Guyana\n" +
                "08000001 14 n 01 Georgetown_University 0 001 @i 08709407 n 0000 | a university\n" +
                "10000001 18 n 02 Picasso 0 painter 0 001 @i 08709407 n 0000 | a painter\n" +
                "03000001 06 n 01 Eiffel_Tower 0 001 @i 08709407 n 0000 | an artifact, not listed\n");
            File.WriteAllText(Path.Combine(dir.FullName, "index.noun"), "  1 licence\npainter n 1 1 @ 1 0 10000001\nNew_York n 1 1 @ 1 0 1\n");
            var b = new Gazetteer.Builder();
            Assert.Equal(2, GazetteerSources.AddNameList(b, names, GazetteerKind.PersonName));
            Assert.Equal(5, GazetteerSources.AddWordNet(b, dir.FullName)); // Georgetown, Stabroek, Georgetown University, Picasso + "painter"
            b.AddTokens(["JILL", "SMITH"], GazetteerKind.Person);
            var g = b.ToGazetteer();
            string[] words = ["jill", "smith", "met", "Picasso", "at", "Georgetown", "University", "painter", "Eiffel", "Tower", "Tellechea"];
            var begin = new GazetteerKind[words.Length];
            var inside = new GazetteerKind[words.Length];
            g.Mark(words.Select(w => FeatureHash.OfNormalized(w)).ToArray(), begin, inside);
            Assert.Equal(GazetteerKind.PersonName | GazetteerKind.Person, begin[0]);
            Assert.Equal(GazetteerKind.Person, inside[1]);
            Assert.Equal(GazetteerKind.LexiconPerson, begin[3]);
            Assert.Equal(GazetteerKind.LexiconLocation | GazetteerKind.LexiconGroup, begin[5]);
            Assert.Equal(GazetteerKind.LexiconGroup, inside[6]);
            Assert.Equal(GazetteerKind.CommonWord, begin[7]); // lower-case lemma; the capitalised painter sense is not a name
            Assert.Equal(GazetteerKind.None, begin[8]);       // artifact file: not read
            Assert.Equal(GazetteerKind.PersonName, begin[10]);

            // Round trip of the 16-bit kinds.
            using var ms = new MemoryStream();
            using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) g.Write(w);
            ms.Position = 0;
            var back = Gazetteer.Read(new BinaryReader(ms));
            var begin2 = new GazetteerKind[words.Length];
            back.Mark(words.Select(w => FeatureHash.OfNormalized(w)).ToArray(), begin2, new GazetteerKind[words.Length]);
            Assert.Equal(begin, begin2);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Averaged_model_scores_are_the_mean_of_its_members()
    {
        var a = new AveragedPerceptron(3);
        var b = new AveragedPerceptron(3);
        ulong[] f1 = [11, 12], f2 = [12, 13];
        a.Update(f1, 0, 1);
        b.Update(f2, 2, 1);
        b.Update(f2, 2, 0);
        var ma = a.Freeze();
        var mb = b.Freeze();
        var avg = SparseLinearModel.Average([ma, mb]);
        var sa = new float[3];
        var sb = new float[3];
        var s = new float[3];
        foreach (ulong[] f in new[] { f1, f2, new ulong[] { 11, 13, 99 } })
        {
            ma.Score(f, sa);
            mb.Score(f, sb);
            avg.Score(f, s);
            for (int c = 0; c < 3; c++) Assert.Equal((sa[c] + sb[c]) / 2, s[c], 5);
        }
    }

    [Fact]
    public void A_larger_outside_penalty_never_labels_fewer_words()
    {
        var ner = NerTrainer.Train(Tiny(), [], Gazetteer.Empty, new NerTrainingOptions { Epochs = 3, Seed = 3, MinClusterCount = 2, ClusterBits = 3 });
        string[] words = ["Olaf", "Scholz", "met", "officials", "of", "the", "European", "Union", "in", "Brussels", "and", "Kyiv", "."];
        int previous = -1;
        foreach (var penalty in new[] { 0.0, 0.5, 1, 2, 4, 8, 16, 1e4 })
        {
            var cfg = (System.Text.Json.Nodes.JsonObject)ner.Config.DeepClone();
            cfg["outside_penalty"] = penalty;
            var r = new EntityRecognizer([.. ner.Labels], ner.Model, ner.Pairs, ner.Lexicon, ner.Gazetteer, cfg);
            Assert.Equal((float)penalty, r.OutsidePenalty);
            var tags = r.Tag(words);
            int labelled = tags.Count(t => t != "O");
            Assert.True(labelled >= previous, $"penalty {penalty}: {labelled} labelled words, fewer than {previous}");
            previous = labelled;
            for (int i = 0; i < tags.Length; i++)
                if (tags[i].StartsWith("I-", StringComparison.Ordinal))
                    Assert.True(i > 0 && tags[i - 1].Length > 2 && tags[i - 1][2..] == tags[i][2..], string.Join(' ', tags));
        }
        Assert.Equal(words.Length, previous); // with a huge penalty every word is in some entity
    }

}
