using System.Globalization;
using System.Text;
using Tacitus.Core;
using Tacitus.Nlp.Tokenization;
using Tacitus.TestSupport;

namespace Tacitus.Nlp.Tests.Tokenization;

/// <summary>
/// The showcase article's sentences and tokens, compared exactly with a reviewed golden file. To regenerate after an
/// intended change, run the tests with TACITUS_UPDATE_GOLDEN=1 and review the diff.
/// </summary>
public class TokenizerGoldenTests
{
    private static readonly string Showcase = Path.Combine(SharedData.RepoRoot, "examples", "istanbul-talks-2025-05-14.txt");
    private static readonly string Golden = Path.Combine(SharedData.RepoRoot, "tests", "Tacitus.Nlp.Tests", "Tokenization", "golden", "istanbul.tokens.txt");

    [Fact]
    public void Showcase_tokens_and_sentences_match_the_golden_file()
    {
        var text = File.ReadAllText(Showcase);
        var actual = Format(text, Tokenizer.Tokenize(text));
        if (Environment.GetEnvironmentVariable("TACITUS_UPDATE_GOLDEN") == "1") File.WriteAllText(Golden, actual);
        var expected = File.ReadAllText(Golden).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// One block per sentence: "# sentence N [start,end) text", then one line per surface token: start, end, text and,
    /// for a multiword token, "= word + word".
    /// </summary>
    internal static string Format(string text, TokenizedText r)
    {
        var sb = new StringBuilder();
        var mwtAt = r.MultiwordTokens.ToDictionary(m => m.FirstToken);
        for (int s = 0; s < r.Sentences.Length; s++)
        {
            var sentence = r.Sentences[s];
            sb.Append(CultureInfo.InvariantCulture, $"# sentence {s + 1} {sentence.Span} {sentence.Span.Of(text)}\n");
            for (int w = sentence.FirstToken; w < sentence.EndToken; w++)
            {
                if (mwtAt.TryGetValue(w, out var m))
                {
                    var parts = Enumerable.Range(m.FirstToken, m.LastToken - m.FirstToken + 1).Select(k => r.Tokens[k].TextIn(text));
                    sb.Append(CultureInfo.InvariantCulture, $"{m.Span.Start}\t{m.Span.End}\t{m.Span.Of(text)}\t= {string.Join(" + ", parts)}\n");
                    w = m.LastToken;
                }
                else
                {
                    var t = r.Tokens[w];
                    sb.Append(CultureInfo.InvariantCulture, $"{t.Span.Start}\t{t.Span.End}\t{t.TextIn(text)}\n");
                }
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
