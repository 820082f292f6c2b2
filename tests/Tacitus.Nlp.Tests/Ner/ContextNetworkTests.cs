using System.Collections.Immutable;
using Tacitus.Nlp.Learning;
using Tacitus.Nlp.Models;
using Tacitus.Nlp.Ner;

namespace Tacitus.Nlp.Tests.Ner;

/// <summary>The LSTM context layer of the NER network: its gradients, and that it sees past the window.</summary>
public class ContextNetworkTests
{
    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 2)]
    public void Lstm_gradients_match_finite_differences(bool reverse, int seed)
    {
        var random = new Random(seed);
        const int input = 3, hidden = 2, n = 4;
        var layer = LstmLayer.Create(input, hidden, random);
        for (int i = 0; i < layer.Bias.Length; i++) layer.Bias[i] += (random.NextSingle() - 0.5f) * 0.5f;
        var x = new float[n * input];
        for (int i = 0; i < x.Length; i++) x[i] = random.NextSingle() * 2 - 1;
        var r = new float[n * hidden]; // loss = Σ r · h
        for (int i = 0; i < r.Length; i++) r[i] = random.NextSingle() * 2 - 1;
        double Loss()
        {
            var h = new float[n * hidden];
            layer.Forward(x, n, reverse, new float[n * 4 * hidden], new float[n * hidden], h);
            double s = 0;
            for (int i = 0; i < h.Length; i++) s += r[i] * (double)h[i];
            return s;
        }
        var gates = new float[n * 4 * hidden];
        var cells = new float[n * hidden];
        var states = new float[n * hidden];
        layer.Forward(x, n, reverse, gates, cells, states);
        var gWx = new float[layer.Wx.Length];
        var gWh = new float[layer.Wh.Length];
        var gB = new float[layer.Bias.Length];
        var dx = new float[x.Length];
        layer.Backward(x, n, reverse, gates, cells, states, r, dx, gWx, gWh, gB);

        void Check(float[] values, float[] analytic, string name)
        {
            const float eps = 1e-2f;
            for (int i = 0; i < values.Length; i++)
            {
                float keep = values[i];
                values[i] = keep + eps;
                double up = Loss();
                values[i] = keep - eps;
                double down = Loss();
                values[i] = keep;
                double numeric = (up - down) / (2 * eps);
                Assert.True(Math.Abs(numeric - analytic[i]) < 2e-3 + 1e-2 * Math.Abs(numeric), $"{name}[{i}]: analytic {analytic[i]}, numeric {numeric}");
            }
        }
        Check(layer.Wx, gWx, "Wx");
        Check(layer.Wh, gWh, "Wh");
        Check(layer.Bias, gB, "bias");
        Check(x, dx, "x");
    }

    /// <summary>
    /// Whether "Jordan" is a person or a place is said only by the sentence's first word, three words away: outside the
    /// ±2 window. The window network sees the same input for both and cannot tell them apart; with the context layer the
    /// network gets both right.
    /// </summary>
    [Fact]
    public void The_context_layer_sees_past_the_window()
    {
        var c = new PastTheWindowCase();
        var (person, place, data, vectors, options, labels) = (PastTheWindowCase.Person, PastTheWindowCase.Place, c.Data(), c.Vectors, c.Options, c.Labels);
        int per = c.PersonLabel, loc = c.PlaceLabel;
        float[] Jordan(WindowNetwork net, string[] s) => c.Jordan(net, s);
        int Best(float[] scores) => PastTheWindowCase.Best(scores);

        var window = WindowNetwork.Train(data, vectors, labels, options, null);
        Assert.Equal(Jordan(window, person), Jordan(window, place));

        var context = WindowNetwork.Train(data, vectors, labels, options with { Context = 8 }, null);
        Assert.Equal(8, context.Context);
        Assert.Equal(per, Best(Jordan(context, person)));
        Assert.Equal(loc, Best(Jordan(context, place)));

        // With its weights averaged over the steps (each epoch's model is the moving average), it learns the same.
        var averaged = WindowNetwork.Train(data, vectors, labels, options with { Context = 8, Averaging = 0.9f }, null);
        Assert.Equal(per, Best(Jordan(averaged, person)));
        Assert.Equal(loc, Best(Jordan(averaged, place)));
        Assert.NotEqual(Jordan(context, person), Jordan(averaged, person));

        // Saved and read back (the context size comes from the model's config), it scores the same.
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) new NetworkEnsemble([context]).Write(w);
        ms.Position = 0;
        var back = NetworkEnsemble.Read(new BinaryReader(ms), members: 1, context: 8).Members[0];
        Assert.Equal(Jordan(context, person), Jordan(back, person));
        Assert.Equal(Jordan(context, place), Jordan(back, place));
    }
}
