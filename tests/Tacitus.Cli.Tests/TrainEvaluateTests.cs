using Tacitus.Nlp.Ner;
namespace Tacitus.Cli.Tests;

/// <summary>End-to-end: train tagger/lemmatizer/ner on the small fixtures, then evaluate and annotate with the result.</summary>
public class TrainEvaluateTests
{
    private static string Fixture(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tacitus.slnx"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "tests", "Tacitus.Nlp.Tests", "Fixtures", name);
    }

    [Fact]
    public void Train_then_evaluate_and_annotate_with_the_trained_models()
    {
        var models = Directory.CreateTempSubdirectory();
        try
        {
            var tiny = Fixture("tiny.conllu");
            var (exit, output, err) = CliRunner.Run("", "train", "tagger", "--train", tiny, "--dev", tiny, "--out", Path.Combine(models.FullName, "tagger"), "--epochs", "3", "--seed", "2");
            Assert.True(exit == 0, err);
            Assert.Contains("epoch 1/3", output);
            Assert.Contains("saved", output);
            Assert.Contains("\"command\": \"tacitus train tagger --train", File.ReadAllText(Path.Combine(models.FullName, "tagger", "meta.json")));

            (exit, output, err) = CliRunner.Run("", "train", "lemmatizer", "--train", tiny, "--dev", tiny, "--out", Path.Combine(models.FullName, "lemmatizer"));
            Assert.True(exit == 0, err);

            (exit, output, err) = CliRunner.Run("", "evaluate", "--gold", tiny, "--models", models.FullName);
            Assert.True(exit == 0, err);
            Assert.Matches(@"UPOS\s+100\.00", output);
            Assert.Matches(@"Lemmas\s+100\.00", output);
            Assert.Matches(@"UAS\s+—", output);
            Assert.Contains("tokens/s", output);

            // annotate runs every standard stage, so the folder needs a ner model too.
            (exit, _, err) = CliRunner.Run("", "train", "ner", "--train", Fixture("tiny.iob2"), "--out", Path.Combine(models.FullName, "ner"), "--epochs", "2");
            Assert.True(exit == 0, err);
            (exit, output, err) = CliRunner.Run("", "annotate", tiny, "--input-format", "conllu", "--format", "conllu", "--models", models.FullName);
            Assert.True(exit == 0, err);
            Assert.Contains("3\trefused\trefuse\tVERB\tVBD\t", output);
        }
        finally
        {
            models.Delete(true);
        }
    }

    [Fact]
    public void Train_and_evaluate_ner()
    {
        var models = Directory.CreateTempSubdirectory();
        try
        {
            var tiny = Fixture("tiny.iob2");
            var (exit, output, err) = CliRunner.Run("", "train", "ner", "--train", tiny, "--dev", tiny, "--out", Path.Combine(models.FullName, "ner"), "--epochs", "8");
            Assert.True(exit == 0, err);
            Assert.Contains("saved", output);
            (exit, output, err) = CliRunner.Run("", "evaluate", "--ner", tiny, "--models", models.FullName);
            Assert.True(exit == 0, err);
            var overall = System.Text.RegularExpressions.Regex.Match(output, @"overall\s+23\s+\d+\s+\d+\s+[\d.]+\s+[\d.]+\s+([\d.]+)");
            Assert.True(overall.Success, output);
            Assert.True(double.Parse(overall.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 90, output);
        }
        finally
        {
            models.Delete(true);
        }
    }

    [Fact]
    public void A_final_ner_model_trains_on_more_files_with_the_settings_an_earlier_dev_run_chose()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var tiny = Fixture("tiny.iob2");
            var tuned = Path.Combine(dir.FullName, "tuned");
            var (exit, output, err) = CliRunner.Run("", "train", "ner", "--train", tiny, "--dev", tiny, "--out", tuned, "--epochs", "3");
            Assert.True(exit == 0, err);
            var chosen = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(tuned, "config.json")))!;

            // A second training file that calls Geneva a person: read after --train, so the final model has seen both.
            var more = Path.Combine(dir.FullName, "more.iob2");
            File.WriteAllText(more, "1\tGeneva\tB-PER\n2\tspoke\tO\n3\t.\tO\n\n");
            var final = Path.Combine(dir.FullName, "final");
            (exit, output, err) = CliRunner.Run("", "train", "ner", "--train", tiny, "--train-also", more, "--settings-from", tuned, "--out", final, "--epochs", "3");
            Assert.True(exit == 0, err);
            Assert.Contains("more.iob2: 1 sentences", output);
            // No dev file: the epoch lines show the training accuracy only (it picks the epoch), no dev scores.
            Assert.Matches(@"epoch 1/3  train [\d.]+  (\*best  )?\(", output);
            Assert.DoesNotContain(" dev ", output);
            var config = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(final, "config.json")))!;
            foreach (var key in NerTrainer.FixedKeys) Assert.Equal(chosen[key]?.ToJsonString(), config[key]?.ToJsonString());
            Assert.Equal("fixed: chosen on dev by an earlier run", config["settings"]!.GetValue<string>());

            (exit, _, err) = CliRunner.Run("", "train", "ner", "--train", tiny, "--settings-from", dir.FullName, "--out", final);
            Assert.Equal(1, exit);
            Assert.Contains("no ner model here (meta.json missing)", err);
            (exit, _, err) = CliRunner.Run("", "train", "ner", "--train", tiny, "--settings-from", final, "--out", Path.Combine(dir.FullName, "again"));
            Assert.Equal(1, exit);
            Assert.Contains("trained without --dev", err);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Train_ner_with_word_vectors_and_a_network_then_list_the_errors()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var tiny = Fixture("tiny.iob2");
            // Word vectors in GloVe's text format: one axis per kind of word.
            var vectors = Path.Combine(dir.FullName, "vectors.txt");
            string[] people = ["vladimir", "putin", "recep", "erdogan", "sergei", "lavrov", "zelenskyy", "fomin"];
            string[] places = ["istanbul", "geneva", "moscow", "ankara", "sumy", "turkey"];
            File.WriteAllLines(vectors, people.Select(w => $"{w} 0.1 1 0")
                .Concat(places.Select(w => $"{w} 0.1 0 1"))
                .Concat(["the 1 0 0", "met 1 0.1 0", "in 1 0 0.1"]));
            var model = Path.Combine(dir.FullName, "models", "ner");
            var (exit, output, err) = CliRunner.Run("", "train", "ner", "--train", tiny, "--dev", tiny, "--out", model, "--epochs", "8",
                "--embeddings", vectors, "--cluster-bits", "2", "--network", "--network-epochs", "2", "--network-hidden", "8",
                "--network-projection", "4", "--network-dropout", "0.1", "0.2", "--network-context", "4", "--network-word-dropout", "0.1", "--network-averaging", "0.9");
            Assert.True(exit == 0, err);
            Assert.Contains("word vectors: 17 words, 3 dimensions", output);
            Assert.Contains("network epoch 2/2", output);
            var config = File.ReadAllText(Path.Combine(model, "config.json"));
            Assert.Contains("\"network\"", config);
            Assert.Contains("vectors.txt (17 words, 3 dimensions)", config);
            Assert.Contains("\"projection\": 4", config);
            Assert.Contains("\"input_dropout\": 0.1", config);
            Assert.Contains("\"context\": 4", config);
            Assert.Equal(0.1, System.Text.Json.Nodes.JsonNode.Parse(config)!["network"]!["word_dropout"]!.GetValue<double>(), 5);
            Assert.Equal(0.9, System.Text.Json.Nodes.JsonNode.Parse(config)!["network"]!["averaging"]!.GetValue<double>(), 5);

            // A gold file that calls Geneva a person: the model's LOC is listed as a type error, with its sentence.
            var gold = Path.Combine(dir.FullName, "gold.iob2");
            File.WriteAllText(gold, File.ReadAllText(tiny).Replace("Geneva\tB-LOC", "Geneva\tB-PER", StringComparison.Ordinal));
            var errors = Path.Combine(dir.FullName, "errors.tsv");
            (exit, output, err) = CliRunner.Run("", "evaluate", "--ner", gold, "--models", Path.Combine(dir.FullName, "models"), "--ner-errors", errors);
            Assert.True(exit == 0, err);
            Assert.Contains("written to", output);
            var lines = File.ReadAllLines(errors);
            Assert.Equal("document\tsentence\tkind\tgold_type\tgold_text\tpredicted_type\tpredicted_text\tsentence_text", lines[0]);
            Assert.Contains(lines, l => l.Contains("\ttype\tPER\tGeneva\tLOC\tGeneva\tThe United Nations met in Geneva on Monday .", StringComparison.Ordinal));

            // Bad network options: a usage error (exit 2) saying what is wrong.
            void UsageError(string expected, params string[] options)
            {
                var (code, _, message) = CliRunner.Run("", ["train", "ner", "--train", tiny, "--out", model, .. options]);
                Assert.Equal(2, code);
                Assert.Contains(expected, message);
            }
            UsageError("--network needs --embeddings", "--network");
            UsageError("--network-dropout takes two numbers", "--embeddings", vectors, "--network", "--network-dropout", "0.5");
            UsageError("--network-hidden must be between 1 and 4096", "--embeddings", vectors, "--network", "--network-hidden", "0");
            UsageError("--network-context must be between 0 and 1024", "--embeddings", vectors, "--network", "--network-context", "-1");
            UsageError("--network-word-dropout must be between 0 and 0.9", "--embeddings", vectors, "--network", "--network-word-dropout", "1");
            UsageError("--network-averaging must be at least 0 and below 1", "--embeddings", vectors, "--network", "--network-averaging", "1");
            UsageError("--network-encoder needs --network", "--network-encoder");
            UsageError("--encoder-layers needs --network-encoder", "--embeddings", vectors, "--network", "--encoder-layers", "2", "3");
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Train_ner_with_training_tags_from_a_conllu_file_and_unlabelled_text()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var (exit, output, err) = CliRunner.Run("", "train", "tagger", "--train", Fixture("tiny.conllu"), "--out", Path.Combine(dir.FullName, "tagger"), "--epochs", "2");
            Assert.True(exit == 0, err);
            // Predicted tags for the first sentence of tiny.iob2 (matched by sent_id and forms); the others fall back to the tagger.
            var upos = Path.Combine(dir.FullName, "train-jackknifed.conllu");
            string[] words = ["Vladimir", "Putin", "met", "Recep", "Erdogan", "in", "Istanbul", "."];
            string[] tags = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"];
            File.WriteAllText(upos, "# sent_id = tiny-ner-1\n" + string.Concat(words.Select((w, i) => $"{i + 1}\t{w}\t_\t{tags[i]}\t_\t_\t{(i == 2 ? 0 : 3)}\t{(i == 2 ? "root" : "dep")}\t_\t_\n")) + "\n");
            var text = Path.Combine(dir.FullName, "text.txt");
            File.WriteAllText(text, "Vladimir Putin met Recep Erdogan in Ankara.\nErdogan met Putin in Sochi.\n");
            (exit, output, err) = CliRunner.Run("", "train", "ner", "--train", Fixture("tiny.iob2"), "--dev", Fixture("tiny.iob2"), "--tagger", Path.Combine(dir.FullName, "tagger"),
                "--train-upos", upos, "--unlabelled", text, "--cluster-bits", "4", "--out", Path.Combine(dir.FullName, "ner"), "--epochs", "2");
            Assert.True(exit == 0, err);
            Assert.Contains("unlabelled text: 2 sentences, 14 words", output);
            Assert.Matches(@"training UPOS from .*: 1 of 8 sentences", output);
            Assert.Contains("saved", output);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Train_tagger_with_an_external_lexicon_an_ensemble_and_jackknifed_tags()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var tiny = Fixture("tiny.conllu");
            var lexicon = Path.Combine(dir.FullName, "lexicon.js");
            File.WriteAllText(lexicon, "var lexicon = {\n    \"refused\": \"VBD|VBN\",\n    \"talks\": \"NNS|VBZ\",\n};\n");
            var (exit, output, err) = CliRunner.Run("", "train", "tagger", "--train", tiny, "--dev", tiny, "--out", Path.Combine(dir.FullName, "tagger"),
                "--epochs", "3", "--tag-lexicon", lexicon, "--ensemble", "2");
            Assert.True(exit == 0, err);
            var config = File.ReadAllText(Path.Combine(dir.FullName, "tagger", "config.json"));
            Assert.Contains("\"external_lexicon_entries\"", config);
            Assert.Contains("\"ensemble\": 2", config);

            (exit, output, err) = CliRunner.Run("", "train", "tagger", "--train", tiny, "--dev", tiny, "--out", Path.Combine(dir.FullName, "jk"),
                "--epochs", "2", "--jackknife", "--jackknife-folds", "2");
            Assert.True(exit == 0, err);
            Assert.Contains("jack-knifed tags (UPOS", output);
            Assert.Contains("fold 2/2", err);
            var written = File.ReadAllText(Path.Combine(dir.FullName, "jk", "train-jackknifed.conllu"));
            Assert.Equal(File.ReadAllLines(tiny).Count(l => l.StartsWith("# sent_id", StringComparison.Ordinal)),
                written.Split('\n').Count(l => l.StartsWith("# sent_id", StringComparison.Ordinal)));

            (exit, _, err) = CliRunner.Run("", "train", "tagger", "--train", tiny, "--out", Path.Combine(dir.FullName, "x"), "--tag-lexicon", Path.Combine(dir.FullName, "missing.js"));
            Assert.Equal(1, exit);
            Assert.Contains("does not exist", err);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Evaluation_errors_are_one_line_with_the_right_exit_code()
    {
        var (exit, _, err) = CliRunner.Run("", "evaluate", "--gold", "/no/such/gold.conllu");
        Assert.Equal(1, exit);
        Assert.Single(err.Trim().Split('\n'));
        (exit, _, err) = CliRunner.Run("", "evaluate");
        Assert.Equal(2, exit);
        (exit, _, err) = CliRunner.Run("", "evaluate", "--gold", Fixture("tiny.conllu"), "--models", "/no/such/models");
        Assert.Equal(2, exit);
        (exit, _, err) = CliRunner.Run("", "train", "tagger", "--train", "/no/such/train.conllu", "--out", Path.GetTempPath());
        Assert.Equal(1, exit);
        Assert.Contains("no such training file", err);
        (exit, _, _) = CliRunner.Run("", "train", "tagger", "--train", Fixture("tiny.conllu"), "--out", Path.GetTempPath(), "--epochs", "0");
        Assert.Equal(2, exit);
    }
}
