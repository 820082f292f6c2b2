using System.Text;

namespace Tacitus.Fuzz;

/// <summary>
/// Makes inputs from seeds by random byte- and text-level mutations (flips, inserts of troublesome bytes and
/// characters, deletions, repetitions, splices, truncations). Deterministic for a given <see cref="Random"/> seed.
/// </summary>
public sealed class Mutator(Random random)
{
    private static readonly byte[] InterestingBytes =
        [0x00, 0x0A, 0x0D, 0x09, 0x20, 0x22, 0x27, 0x3C, 0x3E, 0x26, 0x7B, 0x7D, 0x5B, 0x5D, 0x2E, 0x2D, 0x23, 0x3B, 0x3D, 0x5C, 0x7F, 0x80, 0xC0, 0xC3, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xFE, 0xFF];

    private static readonly string[] InterestingText =
    [
        "\u0000", "\uFEFF", "\u200B", "\u200D", "\u202E", "\u0301", "\u00AD", "\uD800", "\uDFFF", "\U0001F600", "\U0001F1FA\U0001F1E6",
        "\u2019s", "'s", "n't", "U.S.", "e.g.", "Mr.", "...", "\u2026", "\u2014", "--", "\"", "\u201C", "\u201D", "(", ")", "[", "]",
        "<", ">", "&amp;", "&#0;", "&#xD800;", "<script>", "</p>", "<![CDATA[", "<!--", "-->", "\t", "\r\n", "\n\n", "\r",
        "1,000", "3.14", "2025-05-14", "Feb. 28", "last year", "on Thursday", "Putin", "Zelenskyy", "Erdo\u011Fan", "Istanbul",
        "\u0645\u0648\u0633\u06A9\u0648", "\u041C\u043E\u0441\u043A\u0432\u0430", "\u4E2D\u56FD", "\u0928\u092E\u0938\u094D\u0924\u0947",
        "http://x.y/z?a=b&c", "@user", "#tag", "a@b.com", ":)", "\u00A0", "\u3000", "\t\t\t", "    ", "_", "$", "+", "*", "&", "|",
    ];

    public byte[] Mutate(byte[] seed, IReadOnlyList<byte[]> corpus)
    {
        var data = new List<byte>(seed);
        int rounds = 1 + random.Next(6);
        for (int r = 0; r < rounds; r++)
        {
            switch (random.Next(9))
            {
                case 0 when data.Count > 0:
                    data[random.Next(data.Count)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data.Insert(random.Next(data.Count + 1), InterestingBytes[random.Next(InterestingBytes.Length)]);
                    break;
                case 2:
                    data.InsertRange(random.Next(data.Count + 1), Encoding.UTF8.GetBytes(InterestingText[random.Next(InterestingText.Length)]));
                    break;
                case 3 when data.Count > 1:
                    {
                        int at = random.Next(data.Count);
                        data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(64)));
                        break;
                    }
                case 4 when data.Count > 1:
                    {
                        int at = random.Next(data.Count);
                        int len = Math.Min(data.Count - at, 1 + random.Next(32));
                        var piece = data.GetRange(at, len);
                        int times = 1 + random.Next(random.Next(2) == 0 ? 4 : 200);
                        for (int t = 0; t < times; t++) data.InsertRange(at, piece);
                        break;
                    }
                case 5 when corpus.Count > 0:
                    {
                        var other = corpus[random.Next(corpus.Count)];
                        if (other.Length == 0) break;
                        int from = random.Next(other.Length);
                        int len = Math.Min(other.Length - from, 1 + random.Next(256));
                        data.InsertRange(random.Next(data.Count + 1), other.AsSpan(from, len).ToArray());
                        break;
                    }
                case 6 when data.Count > 0:
                    {
                        int cut = random.Next(data.Count);
                        data.RemoveRange(cut, data.Count - cut);
                        break;
                    }
                case 7 when data.Count > 0:
                    data[random.Next(data.Count)] = (byte)random.Next(256);
                    break;
                case 8 when data.Count > 2:
                    {
                        // Swap two slices: reorders lines, tags and fields.
                        int a = random.Next(data.Count), b = random.Next(data.Count);
                        (data[a], data[b]) = (data[b], data[a]);
                        break;
                    }
            }
        }
        return [.. data];
    }

    /// <summary>A string that may hold unpaired surrogates and control characters (text targets get these directly).</summary>
    public string MutateText(string seed, IReadOnlyList<byte[]> corpus)
    {
        var bytes = Mutate(Encoding.UTF8.GetBytes(seed), corpus);
        var text = Encoding.UTF8.GetString(bytes);
        if (random.Next(8) == 0 && text.Length > 0)
        {
            // Lone surrogates cannot survive a UTF-8 round trip; put some in directly.
            var sb = new StringBuilder(text);
            sb.Insert(random.Next(sb.Length + 1), random.Next(2) == 0 ? '\uD83D' : '\uDE00');
            text = sb.ToString();
        }
        return text;
    }
}
