using System.Collections.Frozen;
using System.Collections.Immutable;
using Tacitus.Core;
using K = Tacitus.Time.TimeKeyword;

namespace Tacitus.Time;

/// <summary>A recognised temporal expression: character span, TIMEX3 type and value, and the rule that fired.</summary>
public readonly record struct TimexMatch(TextSpan Span, string Type, string Value, string Rule);

/// <summary>
/// Rule-based recognition and normalisation of temporal expressions to TIMEX3 (DATE, TIME, DURATION, SET), relative to
/// an anchor date (the publication date). Rules read a word sequence built from the text (<see cref="TimeScanner"/>)
/// and take the longest match at each position. Without an anchor, values keep X placeholders (XXXX-02-28, XXXX-WXX-4).
/// </summary>
public static class TimexRecognizer
{
    /// <summary>The publication years relative expressions resolve against; outside them they stay unresolved.</summary>
    public const int MinAnchorYear = 2, MaxAnchorYear = 9997;

    /// <summary>Finds and normalises the temporal expressions of <paramref name="text"/>.</summary>
    /// <param name="tokens">The document's tokens, if tagged: their XPOS sharpens the tense guess. May be empty.</param>
    /// <param name="sentences">The document's sentences, if tokenized: the tense of an expression is read in its sentence
    /// (a wrapped line that begins "Friday." is no sentence of its own). Without them the recognizer finds its own.</param>
    public static List<TimexMatch> Recognize(string text, DateOnly? anchor, ImmutableArray<Token> tokens = default, ImmutableArray<Sentence> sentences = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A publication date at the very ends of the calendar (year 1, year 9999: a misread date field) leaves no room
        // for "on Friday" or "next month"; such an anchor resolves nothing rather than fail.
        if (anchor is { } a && (a.Year < MinAnchorYear || a.Year > MaxAnchorYear)) anchor = null;
        var words = TimeScanner.Scan(text);
        var run = new Run(text, words, anchor, new TenseDetector(text, words, tokens), sentences);
        return run.All();
    }

    private struct Candidate
    {
        public int End;
        public string? Type;
        public string Value;
        public string Rule;

        public readonly bool Ok => Type is not null;

        public Candidate(int end, string type, string value, string rule)
        {
            End = end;
            Type = type;
            Value = value;
            Rule = rule;
        }
    }

    private static readonly FrozenDictionary<string, int> DecadeWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["twenties"] = 2, ["thirties"] = 3, ["forties"] = 4, ["fifties"] = 5, ["sixties"] = 6, ["seventies"] = 7, ["eighties"] = 8, ["nineties"] = 9,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private sealed class Run(string text, List<TimeWord> w, DateOnly? anchor, TenseDetector tense, ImmutableArray<Sentence> sentences)
    {
        private readonly int _n = w.Count;
        private int[] _sentenceStart = [];
        private int[] _sentenceEnd = [];
        // The last quarter the document named (financial reports): "a year earlier" then means that quarter a year before.
        private int _lastQuarterYear, _lastQuarter;
        // The year of the last dated expression: "later that year" refers back to it.
        private int _lastYear;

        public List<TimexMatch> All()
        {
            Sentences();
            var result = new List<TimexMatch>();
            int i = 0;
            while (i < _n)
            {
                if (w[i].Kind == WordKind.Punct && w[i].Char != '\'' && w[i].Char != '\u2019') { i++; continue; }
                var c = Best(i);
                if (c.Ok && c.End > i)
                {
                    int end = c.End;
                    // Trailing periods of abbreviations stay only when the abbreviation needs them ("Feb." yes, "2014." no).
                    while (end > i + 1 && w[end - 1].Kind == WordKind.Punct && !AbbrevDot(end - 1)) end--;
                    result.Add(new TimexMatch(new TextSpan(w[i].Start, w[end - 1].End), c.Type!, c.Value, c.Rule));
                    if (c.Type == "DATE" && c.Value.Length >= 4 && char.IsAsciiDigit(c.Value[0]) && char.IsAsciiDigit(c.Value[3])
                        && (c.Value.Length == 4 || c.Value[4] == '-') && int.TryParse(c.Value.AsSpan(0, 4), out int ly))
                        _lastYear = ly;
                    if (c.Rule == "quarter" && c.Value.Length == 7 && c.Value[4] == '-' && c.Value[5] == 'Q' && char.IsAsciiDigit(c.Value[6]) && int.TryParse(c.Value.AsSpan(0, 4), out int qy))
                    {
                        _lastQuarterYear = qy;
                        _lastQuarter = c.Value[6] - '0';
                    }
                    i = c.End;
                }
                else i++;
            }
            return result;
        }

        private bool AbbrevDot(int k) => w[k].Char == '.' && k > 0 && !w[k].SpaceBefore && w[k - 1].Lex is { Abbreviation: true };

        private void Sentences()
        {
            _sentenceStart = new int[_n];
            _sentenceEnd = new int[_n];
            int start = 0, sentence = 0, previousSentence = 0;
            bool given = !sentences.IsDefaultOrEmpty;
            for (int k = 0; k < _n; k++)
            {
                bool boundary;
                if (given)
                {
                    // the sentence that holds the word (words and sentences are both in text order)
                    while (sentence + 1 < sentences.Length && sentences[sentence].Span.End <= w[k].Start) sentence++;
                    boundary = k > 0 && sentence != previousSentence;
                    previousSentence = sentence;
                }
                else boundary = k > 0 && (BlankLineBefore(k) || (IsSentencePunct(k - 1) && w[k].SpaceBefore && (w[k].Capitalized || w[k].Kind == WordKind.Punct)));
                if (boundary)
                {
                    for (int j = start; j < k; j++) _sentenceEnd[j] = k;
                    start = k;
                }
                _sentenceStart[k] = start;
            }
            for (int j = start; j < _n; j++) _sentenceEnd[j] = _n;
        }

        private bool BlankLineBefore(int k)
        {
            if (!w[k].LineBefore) return false;
            int newlines = 0;
            for (int p = w[k - 1].End; p < w[k].Start; p++) if (text[p] == '\n') newlines++;
            return newlines >= 2 || w[k].Capitalized;
        }

        private bool IsSentencePunct(int k)
        {
            if (w[k].Kind != WordKind.Punct) return false;
            char c = w[k].Char;
            if (c is '!' or '?') return true;
            if (c != '.') return false;
            if (k == 0) return true;
            var prev = w[k - 1];
            // "Mr.", "U.S.", "Feb." are not sentence ends.
            return !(prev.Kind == WordKind.Letters && prev.Capitalized && prev.Length <= 3) && prev.Lex is not { Abbreviation: true };
        }

        private Tense TenseOf(int first, int end) => tense.TenseAt(first, end, _sentenceStart[first], _sentenceEnd[first]);

        /// <summary>The tense only when a marker sits close in the same clause; else Unknown (the nearest reading wins).</summary>
        private Tense StrongTenseOf(int first, int end)
        {
            var (t, score) = tense.Guess(first, end, _sentenceStart[first], _sentenceEnd[first]);
            if (score <= 8) return t;
            // A deadline reads forward: "by Jan. 14", "until Tuesday", "through January".
            return Kw(first - 1) is K.By or K.Until ? Tense.Future : Kw(first - 1) == K.Since ? Tense.Past : Tense.Unknown;
        }

        // ---------------------------------------------------------------- word helpers

        private TimeLex? L(int k) => k >= 0 && k < _n ? w[k].Lex : null;
        private K Kw(int k) => L(k)?.Keyword ?? K.None;
        private bool Punct(int k, char c) => k >= 0 && k < _n && w[k].Kind == WordKind.Punct && w[k].Char == c;
        private bool Adjacent(int k) => k < _n && !w[k].SpaceBefore;
        private bool Digits(int k) => k >= 0 && k < _n && w[k].Kind == WordKind.Digits;
        private bool Is(int k, string s) => k >= 0 && k < _n && w[k].Kind == WordKind.Letters && text.AsSpan(w[k].Start, w[k].Length).Equals(s, StringComparison.OrdinalIgnoreCase);
        private bool Apostrophe(int k) => Punct(k, '\'') || Punct(k, '\u2019');

        /// <summary>Skips the period after an abbreviation ("Feb." → after the dot).</summary>
        private int AfterAbbrev(int k) => L(k) is { Abbreviation: true } && Punct(k + 1, '.') && Adjacent(k + 1) ? k + 2 : k + 1;

        private bool IsYear(int k, out int year)
        {
            year = 0;
            if (!Digits(k) || w[k].Length != 4) return false;
            year = w[k].Value;
            return year is >= 1000 and <= 2199;
        }

        // ---------------------------------------------------------------- rules

        private Candidate Best(int i)
        {
            var best = default(Candidate);
            Take(ref best, Prefixed(i));
            Take(ref best, Core(i));
            return best;
        }

        private static void Take(ref Candidate best, Candidate c)
        {
            if (c.Ok && (!best.Ok || c.End > best.End)) best = c;
        }

        private Candidate Core(int i)
        {
            var best = default(Candidate);
            Take(ref best, Relative(i));
            Take(ref best, Deictic(i));
            Take(ref best, Ago(i));
            Take(ref best, Quarter(i));
            Take(ref best, Calendar(i));
            Take(ref best, Duration(i));
            Take(ref best, Clock(i));
            Take(ref best, Set(i));
            Take(ref best, Holiday(i));
            Take(ref best, ThatYear(i));
            return best;
        }

        /// <summary>"early/late/mid(-) X", "earlier/later this year", "the end of X": the inner date with a wider span.</summary>
        private Candidate Prefixed(int i)
        {
            int k = i;
            bool the = Kw(k) == K.The;
            if (the) k++;
            var kw = Kw(k);
            if (kw is K.Early or K.Late or K.Mid or K.Earlier or K.Later)
            {
                if (kw is K.Earlier or K.Later && the) return default;
                int j = k + 1;
                if (Punct(j, '-') && Adjacent(j)) j++;
                var inner = kw is K.Earlier or K.Later ? Deictic(j) : Best(j);
                if (kw is K.Earlier or K.Later && !inner.Ok) inner = Relative(j);
                if (kw is K.Earlier or K.Later && !inner.Ok) inner = ThatYear(j);
                if (inner.Ok && inner.Type == "DATE" && !inner.Value.EndsWith("_REF", StringComparison.Ordinal))
                    return new Candidate(inner.End, inner.Type, inner.Value, "prefix-" + inner.Rule);
                return default;
            }
            if (the && kw is K.End or K.Beginning or K.Start or K.Mid && Kw(k + 1) == K.Of)
            {
                var inner = Core(k + 2);
                if (inner.Ok && inner.Type == "DATE" && !inner.Value.EndsWith("_REF", StringComparison.Ordinal))
                    return new Candidate(inner.End, inner.Type, inner.Value, "edge-" + inner.Rule);
                // "the end of the year/month": the current one.
                if (Kw(k + 2) == K.The && L(k + 3) is { Unit: TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Quarter, Plural: false } u && anchor is { } a)
                    return new Candidate(k + 4, "DATE", TimexCalendar.Shift(a, u.Unit, 0), "edge-unit");
            }
            // "post-1959", "pre-war" (only dates count).
            if (!the && (Is(k, "post") || Is(k, "pre")) && Punct(k + 1, '-') && Adjacent(k + 1) && Adjacent(k + 2))
            {
                var inner = Calendar(k + 2);
                if (inner.Ok && inner.Type == "DATE") return new Candidate(inner.End, inner.Type, inner.Value, "prefix-" + inner.Rule);
            }
            return default;
        }

        /// <summary>today, yesterday (+ morning), tomorrow, tonight, now, currently, recently, soon, the future, the past.</summary>
        private Candidate Relative(int i)
        {
            var kw = Kw(i);
            switch (kw)
            {
                case K.Today:
                case K.Yesterday:
                case K.Tomorrow:
                {
                    int shift = kw == K.Today ? 0 : kw == K.Yesterday ? -1 : 1;
                    // "today's youth", "the people of tomorrow": generic, not a date.
                    if (kw != K.Yesterday && Apostrophe(i + 1) && Is(i + 2, "s") && L(i + 3) is not { Unit: not TimeUnit.None }) return default;
                    if (kw == K.Tomorrow && Kw(i - 1) == K.Of) return default;
                    string day = anchor is { } a ? TimexCalendar.Day(a.AddDays(shift)) : kw == K.Today ? "PRESENT_REF" : "XXXX-XX-XX";
                    if (L(i + 1)?.PartOfDay is { } part && L(i + 1)!.Plural == false && anchor is not null)
                        return new Candidate(i + 2, "TIME", day + "T" + part, "relative-day-part");
                    return new Candidate(i + 1, "DATE", day, "relative-day");
                }
                case K.Tonight:
                    return new Candidate(i + 1, "TIME", anchor is { } t ? TimexCalendar.Day(t) + "TNI" : "XXXX-XX-XXTNI", "tonight");
                case K.Overnight:
                    return new Candidate(i + 1, "TIME", anchor is { } o ? TimexCalendar.Day(o) + "TNI" : "XXXX-XX-XXTNI", "overnight");
                case K.Now:
                case K.Nowadays:
                case K.Currently:
                    return new Candidate(i + 1, "DATE", "PRESENT_REF", "present-ref");
                case K.Current:
                    // "current" as a time ("current levels"); "the current quarter" is the quarter rule's.
                    if (L(i + 1) is { Unit: not TimeUnit.None } || Kw(i + 1) == K.Fiscal) return default;
                    return new Candidate(i + 1, "DATE", "PRESENT_REF", "present-ref");
                case K.Recently:
                    return new Candidate(i + 1, "DATE", "PAST_REF", "past-ref");
                case K.Recent:
                    // "in recent weeks" (a vague duration, PXW; TimeBank is split between that and PAST_REF); a "recent"
                    // before an event noun ("the recent sale") is a vague past; "previously", "soon" are mostly not annotated.
                    if (L(i + 1) is { Unit: not TimeUnit.None, Plural: true } ru)
                        return new Candidate(i + 2, "DURATION", TimexCalendar.DurationValue(-1, ru.Unit), "recent-units");
                    if (Kw(i - 1) is not K.Most and not K.More && i + 1 < _n && w[i + 1].Kind == WordKind.Letters && L(i + 1) is null)
                        return new Candidate(i + 1, "DATE", "PAST_REF", "recent");
                    return default;
                case K.Coming:
                    if (L(i + 1) is { Unit: not TimeUnit.None, Plural: true })
                        return new Candidate(i + 2, "DATE", "FUTURE_REF", "future-ref");
                    return default;
                case K.Future:
                    if (L(i + 1) is { Unit: not TimeUnit.None, Plural: true })
                        return new Candidate(i + 2, "DATE", "FUTURE_REF", "future-ref");
                    return default;
                case K.The when L(i + 1) is { Unit: TimeUnit.Weekend, Plural: false }:
                {
                    if (anchor is not { } a) return new Candidate(i + 2, "DATE", "XXXX-WXX-WE", "weekend");
                    bool weekend = TimexCalendar.IsoWeekday(a) >= 6;
                    var wt = TenseOf(i, i + 2);
                    var day = weekend || wt == Tense.Future ? a : a.AddDays(-7);
                    return new Candidate(i + 2, "DATE", TimexCalendar.Week(day) + "-WE", "weekend");
                }
                case K.The:
                    if (Kw(i + 1) == K.Future) return new Candidate(i + 2, "DATE", "FUTURE_REF", "future-ref");
                    if (Is(i + 1, "near") && Kw(i + 2) == K.Future) return new Candidate(i + 3, "DATE", "FUTURE_REF", "future-ref");
                    if (Kw(i + 1) == K.Past && !NumberAhead(i + 2) && L(i + 2) is not { Unit: not TimeUnit.None })
                        return new Candidate(i + 2, "DATE", "PAST_REF", "past-ref");
                    if (Kw(i + 1) is K.Coming or K.Recent or K.Past && L(i + 2) is { Unit: not TimeUnit.None, Plural: true })
                        return new Candidate(i + 3, "DATE", Kw(i + 1) == K.Coming ? "FUTURE_REF" : "PAST_REF", "ref-plural");
                    return default;
                default:
                    return default;
            }
        }

        private bool NumberAhead(int k) => TryNumber(k, allowA: true, out _, out _);

        /// <summary>this/last/next/coming/past/current + week, month, year, quarter, weekend, weekday, month name, season, part of day.</summary>
        private Candidate Deictic(int i)
        {
            var kw = Kw(i);
            int dir = kw switch
            {
                K.This or K.Current => 0,
                K.Last or K.Past or K.Previous => -1,
                K.Next or K.Coming or K.Following => 1,
                _ => 2,
            };
            if (dir == 2) return default;
            int k = i + 1;
            if (Kw(k) == K.Fiscal) k++;
            var lex = L(k);
            if (lex is null) return default;
            if (lex.Unit is not TimeUnit.None and not TimeUnit.Day and not TimeUnit.Hour and not TimeUnit.Minute and not TimeUnit.Second && !lex.Plural)
            {
                // "This Week" (the television programme): a capitalised unit word is a title.
                if (w[k].Capitalized && w[i].Capitalized && !w[k].LineBefore) return default;
                if (anchor is not { } a) return new Candidate(k + 1, "DATE", Unresolved(lex.Unit), "deictic-unit");
                if (lex.Unit == TimeUnit.Quarter && dir == -1 && kw == K.Last) return new Candidate(k + 1, "DATE", TimexCalendar.Shift(a, TimeUnit.Quarter, -1), "deictic-unit");
                if (lex.Unit is TimeUnit.Decade or TimeUnit.Century)
                {
                    if (dir != 0) return default;
                    var y = a.Year / (lex.Unit == TimeUnit.Decade ? 10 : 100);
                    return new Candidate(k + 1, "DATE", y.ToString(System.Globalization.CultureInfo.InvariantCulture), "deictic-unit");
                }
                return new Candidate(k + 1, "DATE", TimexCalendar.Shift(a, lex.Unit, dir), "deictic-unit");
            }
            if (lex.Weekday > 0 && !lex.Plural)
            {
                if (anchor is not { } a) return new Candidate(k + 1, "DATE", $"XXXX-WXX-{lex.Weekday}", "deictic-weekday");
                DateOnly d;
                int today = TimexCalendar.IsoWeekday(a);
                if (dir == 0) d = a.AddDays(lex.Weekday - today);
                else if (dir < 0) d = a.AddDays(-((today - lex.Weekday + 6) % 7 + 1));
                else d = a.AddDays((lex.Weekday - today + 6) % 7 + 1);
                int end = k + 1;
                if (L(end) is { PartOfDay: { } pd, Plural: false })
                {
                    end++;
                    if (pd is "EV") return new Candidate(end, "DATE", TimexCalendar.Day(d) + "T" + pd, "deictic-weekday-part");
                }
                return new Candidate(end, "DATE", TimexCalendar.Day(d), "deictic-weekday");
            }
            if (lex.Month > 0 && (w[k].Capitalized))
            {
                int end = AfterAbbrev(k);
                if (anchor is not { } a) return new Candidate(end, "DATE", $"XXXX-{lex.Month:D2}", "deictic-month");
                int y = a.Year + (dir < 0 ? (lex.Month >= a.Month ? -1 : 0) : dir > 0 ? (lex.Month <= a.Month ? 1 : 0) : 0);
                return new Candidate(end, "DATE", TimexCalendar.Month(y, lex.Month), "deictic-month");
            }
            if (lex.Season is { } season)
            {
                if (anchor is not { } a) return new Candidate(k + 1, "DATE", "XXXX-" + season, "deictic-season");
                var (cy, cs) = TimexCalendar.SeasonOf(a);
                int target = TimexCalendar.SeasonIndex(season), current = TimexCalendar.SeasonIndex(cs);
                int y = cy;
                if (dir < 0 && target >= current) y--;
                else if (dir > 0 && target <= current) y++;
                return new Candidate(k + 1, "DATE", $"{y:D4}-{season}", "deictic-season");
            }
            if (lex.PartOfDay is { } part && !lex.Plural && kw is K.This or K.Last)
            {
                if (kw == K.Last && part != "NI") return default;
                if (anchor is not { } a) return new Candidate(k + 1, "TIME", "XXXX-XX-XXT" + part, "deictic-part");
                var day = kw == K.Last ? a.AddDays(-1) : a;
                return new Candidate(k + 1, "TIME", TimexCalendar.Day(day) + "T" + part, "deictic-part");
            }
            return default;
        }

        /// <summary>"that year", "that same year", "the same year": the year of the last dated expression.</summary>
        private Candidate ThatYear(int i)
        {
            if (_lastYear == 0) return default;
            int k = i;
            if (Is(k, "that")) { k++; if (Kw(k) == K.Same) k++; }
            else if (Kw(k) == K.The && Kw(k + 1) == K.Same) k += 2;
            else return default;
            if (L(k) is not { Unit: TimeUnit.Year, Plural: false } || Apostrophe(k + 1) || Punct(k + 1, '-')) return default;
            return new Candidate(k + 1, "DATE", TimexCalendar.Year(_lastYear), "that-year");
        }

        private static string Unresolved(TimeUnit u) => u switch
        {
            TimeUnit.Week or TimeUnit.Fortnight => "XXXX-WXX",
            TimeUnit.Weekend => "XXXX-WXX-WE",
            TimeUnit.Month => "XXXX-XX",
            TimeUnit.Quarter => "XXXX-QX",
            _ => "XXXX",
        };

        /// <summary>"three days ago", "a year earlier", "two weeks later", "years ago".</summary>
        private Candidate Ago(int i)
        {
            int k = i;
            double n;
            if (!TryNumber(k, allowA: true, out n, out k))
            {
                n = -1;
                if (L(k) is not { Plural: true }) return default;
            }
            var lex = L(k);
            if (lex is null || lex.Unit == TimeUnit.None) return default;
            if (n == 1 && lex.Plural && w[i].Kind != WordKind.Digits) return default;
            var kw = Kw(k + 1);
            int sign = kw switch { K.Ago or K.Earlier => -1, K.Later => 1, K.Before when EndOfPhrase(k + 2) => -1, _ => 0 };
            if (sign == 0) return default;
            if (n < 0 || anchor is not { } a)
                return new Candidate(k + 2, "DATE", sign < 0 ? "PAST_REF" : "FUTURE_REF", "ago");
            int count = (int)Math.Round(n);
            if (lex.Unit == TimeUnit.Year && sign < 0 && count == 1 && _lastQuarter > 0)
                return new Candidate(k + 2, "DATE", TimexCalendar.Quarter(_lastQuarterYear - 1, _lastQuarter), "ago-quarter");
            return new Candidate(k + 2, "DATE", TimexCalendar.Shift(a, lex.Unit, sign * count), "ago");
        }

        private bool EndOfPhrase(int k) => k >= _n || w[k].Kind == WordKind.Punct || Kw(k) == K.And;

        /// <summary>"the third quarter (of 1989)", "third-quarter", "fiscal first quarter", "the latest quarter", "the first half".</summary>
        private Candidate Quarter(int i)
        {
            int k = i;
            bool the = false, fiscal = false;
            int yearShift = 0;
            bool yearNamed = false;
            int? explicitYear = null;
            string? relation = null;
            if (Kw(k) == K.The) { the = true; k++; }
            for (int guard = 0; guard < 4; guard++)
            {
                var kw = Kw(k);
                // "this year's", "last year's", "next year's" (before "last" is read as "the last quarter")
                if (kw is K.This or K.Last or K.Next && L(k + 1) is { Unit: TimeUnit.Year, Plural: false } && Apostrophe(k + 2) && Is(k + 3, "s"))
                {
                    yearShift = kw == K.Last ? -1 : kw == K.Next ? 1 : 0;
                    yearNamed = true;
                    k += 4;
                    continue;
                }
                if (kw == K.Fiscal) { fiscal = true; k++; if (Punct(k, '-') && Adjacent(k)) k++; continue; }
                if (kw is K.Latest or K.Current or K.Last or K.Past or K.Previous or K.Same or K.Recent or K.Final)
                {
                    if (!the && kw is not K.Latest) return default;
                    relation ??= kw == K.Current ? "current" : kw == K.Final ? "final" : "latest";
                    k++;
                    continue;
                }
                if (Kw(k) == K.Most && Kw(k + 1) == K.Recent) { relation = "latest"; k += 2; continue; }
                if (Is(k, "comparable") || Is(k, "corresponding")) { k++; continue; }
                // "the 1988 third quarter", "the 1989 period"
                if (the && IsYear(k, out int qy) && explicitYear is null) { explicitYear = qy; k++; continue; }
                // "year-earlier", "year-ago": the same quarter a year before.
                if (L(k) is { Unit: TimeUnit.Year, Plural: false } && Punct(k + 1, '-') && Kw(k + 2) is K.Earlier or K.Ago)
                {
                    yearShift = -1;
                    relation ??= "latest";
                    k += 3;
                    continue;
                }
                break;
            }
            int ordinal = L(k)?.Ordinal ?? 0;
            // "the last half of 1989": the second half.
            if (ordinal == 0 && the && Kw(k - 1) == K.Last && Kw(k) == K.Half && Kw(k + 1) == K.Of) { ordinal = 2; k--; }
            if (ordinal == 0 && Digits(k) && w[k].Value is >= 1 and <= 4 && Adjacent(k + 1) && Is(k + 1, Suffix(w[k].Value)))
            {
                ordinal = w[k].Value;
                k++;
            }
            if (ordinal > 0) { k++; if (Punct(k, '-') && Adjacent(k)) k++; }
            bool half = false;
            if (L(k) is { Unit: TimeUnit.Quarter } q) { if (q.Plural) return default; }
            else if (Kw(k) == K.Half && ordinal is 1 or 2 && (the || Kw(k + 1) == K.Of)) half = true;
            // "the year-earlier period", "the latest period", "the 1988 period": a reporting quarter.
            else if (Is(k, "period") && ordinal == 0 && the && (explicitYear is not null || yearShift != 0 || relation == "latest")) { }
            // "year-earlier results": the quarter a year before.
            else if (yearShift != 0 && !yearNamed && ordinal == 0 && anchor is { } ya && k > i && !NumberAhead(k) && L(k) is not { Unit: not TimeUnit.None })
            {
                if (_lastQuarter > 0) return new Candidate(k, "DATE", TimexCalendar.Quarter(_lastQuarterYear - 1, _lastQuarter), "quarter-year-ago");
                int yi = ya.Year * 4 + TimexCalendar.QuarterOf(ya) - 2 - 4;
                return new Candidate(k, "DATE", TimexCalendar.Quarter(yi / 4, yi % 4 + 1), "quarter-year-ago");
            }
            else return default;
            if (ordinal > 4) return default;
            if (ordinal == 0 && !the && relation is null) return default;
            int end = k + 1;
            int? year = null;
            if (Kw(end) == K.Of)
            {
                int j = end + 1;
                if (Kw(j) == K.Fiscal) j++;
                if (IsYear(j, out int y)) { year = y; end = j + 1; }
                else if (Kw(j) is K.This or K.Last or K.Next && L(j + 1) is { Unit: TimeUnit.Year, Plural: false } && anchor is { } a0)
                {
                    year = a0.Year + (Kw(j) == K.Last ? -1 : Kw(j) == K.Next ? 1 : 0);
                    end = j + 2;
                }
            }
            else if (IsYear(end, out int y2) && !half) { year = y2; end++; }
            year ??= explicitYear;
            // "the quarter a year ago"
            if (Kw(end) == K.A && L(end + 1) is { Unit: TimeUnit.Year, Plural: false } && Kw(end + 2) is K.Ago or K.Earlier) { yearShift -= 1; end += 3; }
            _ = fiscal;
            if (anchor is not { } a)
            {
                string yy = year is { } yv ? TimexCalendar.Year(yv) : "XXXX";
                return new Candidate(end, "DATE", half ? $"{yy}-H{ordinal}" : ordinal > 0 ? $"{yy}-Q{ordinal}" : yy + "-QX", "quarter");
            }
            int cq = TimexCalendar.QuarterOf(a);
            if (ordinal == 0)
            {
                if (year is { } ey && yearShift == 0)
                {
                    int lq = _lastQuarter > 0 ? _lastQuarter : (cq == 1 ? 4 : cq - 1);
                    return new Candidate(end, "DATE", TimexCalendar.Quarter(ey, lq), "quarter");
                }
                // The quarter just reported: the one before the publication date's, unless "current".
                int index = a.Year * 4 + cq - 1 - (relation == "current" ? 0 : 1) + 4 * yearShift;
                return new Candidate(end, "DATE", TimexCalendar.Quarter(index / 4, index % 4 + 1), "quarter");
            }
            // A bare "the fourth quarter" said in spring is last year's; "this/last/next year's" already name the year.
            int yr = year ?? (a.Year + yearShift - (ordinal > cq && yearShift == 0 && !yearNamed && TenseOf(i, end) != Tense.Future && !half ? 1 : 0));
            if (half) return new Candidate(end, "DATE", $"{yr:D4}-H{ordinal}", "half-year");
            return new Candidate(end, "DATE", TimexCalendar.Quarter(yr, ordinal), "quarter");
        }

        private static string Suffix(int n) => (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };

        /// <summary>Month-day-year, day-month, month-year, months, years, decades, centuries, weekdays, ISO and slashed dates.</summary>
        private Candidate Calendar(int i)
        {
            int k = i;
            bool the = false;
            if (Kw(k) == K.The) { the = true; k++; }
            // Leading weekday: "Friday, Aug. 7" or "Friday".
            int weekday = 0;
            if (!the && L(k) is { Weekday: > 0 } wd)
            {
                if (wd.Plural)
                    return new Candidate(k + 1, "SET", $"XXXX-WXX-{wd.Weekday}", "weekday-plural");
                weekday = wd.Weekday;
                int j = k + 1;
                if (Punct(j, ',')) j++;
                var date = MonthDay(j, the: false);
                if (date.Ok) return date;
                // Weekday alone (+ part of day).
                int end = k + 1;
                bool possessive = false;
                if (Apostrophe(end) && Is(end + 1, "s")) { end += 2; possessive = true; }
                // "Friday morning": TimeBank mostly annotates the day (DATE); the part of day only widens the span,
                // except the evening, which it mostly writes with the part of day (1989-10-27TEV).
                string? part = null;
                if (!possessive && L(end) is { PartOfDay: { } pd, Plural: false })
                {
                    if (pd is "EV") part = pd;
                    end++;
                }
                if (anchor is not { } a) return new Candidate(end, "DATE", $"XXXX-WXX-{weekday}", "weekday");
                // "by Friday", "until Thursday" look ahead, unless the clause plainly lies in the past ("had filed reports by Wednesday").
                var t = Kw(i - 1) == K.Next || (Kw(i - 1) is K.Until || (Kw(i - 1) == K.By && !possessive)) && TenseOf(i, end) != Tense.Past ? Tense.Future
                    : possessive ? (StrongTenseOf(i, end) == Tense.Future ? Tense.Future : Tense.Past)
                    : TenseOf(i, end);
                var day = TimexCalendar.Day(TimexCalendar.WeekdayNear(a, weekday, t == Tense.Future ? Tense.Future : Tense.Past));
                return new Candidate(end, "DATE", part is null ? day : day + "T" + part, part is null ? "weekday" : "weekday-part");
            }
            var md = MonthDay(k, the);
            if (md.Ok) return md;
            // Spelled years: "nineteen ninety-six", "the year two thousand".
            if (!the && L(k) is { Number: >= 11 and <= 20 } hundreds && hundreds.Keyword != K.A && TryNumber(k + 1, allowA: false, out double rest, out int restEnd)
                && rest is >= 10 and < 100 && L(restEnd) is not { Unit: not TimeUnit.None })
                return new Candidate(restEnd, "DATE", TimexCalendar.Year(hundreds.Number * 100 + (int)rest), "spelled-year");
            if (the && L(k) is { Unit: TimeUnit.Year, Plural: false })
            {
                if (IsYear(k + 1, out int ty)) return new Candidate(k + 2, "DATE", TimexCalendar.Year(ty), "the-year");
                if (TryNumber(k + 1, allowA: false, out double tn, out int tEnd) && tn is >= 1000 and < 3000) return new Candidate(tEnd, "DATE", TimexCalendar.Year((int)tn), "the-year");
            }
            // Seasons: "the summer", "in spring", "the winter of 1994".
            if (L(k) is { Season: { } season, Plural: false } && (the || (MonthTrigger(k - 1) && Kw(k - 1) is not K.To and not K.And)))
            {
                int end = k + 1;
                if (Kw(end) == K.Of && IsYear(end + 1, out int sy)) return new Candidate(end + 2, "DATE", $"{sy:D4}-{season}", "season");
                if (Kw(end) == K.Of && Kw(end + 1) != K.The && TryNumber(end + 1, allowA: false, out double sn, out int sEnd) && sn is >= 1000 and < 3000)
                    return new Candidate(sEnd, "DATE", $"{(int)sn:D4}-{season}", "season");
                if (IsYear(end, out int sy2)) return new Candidate(end + 1, "DATE", $"{sy2:D4}-{season}", "season");
                if (anchor is not { } sa) return new Candidate(end, "DATE", "XXXX-" + season, "season");
                var (cy, cs) = TimexCalendar.SeasonOf(sa);
                int target = TimexCalendar.SeasonIndex(season), current = TimexCalendar.SeasonIndex(cs);
                var st = StrongTenseOf(k, end);
                int sYear = cy;
                if (st == Tense.Future) { if (target < current) sYear++; }
                else if (target > current) sYear--;
                return new Candidate(end, "DATE", $"{sYear:D4}-{season}", "season");
            }
            // "the (fiscal) year ended June 30" is a year-long period; "for the year", "by year end" the current year.
            {
                int j = k;
                bool fiscalYear = false, latest = false;
                if (the && Kw(j) is K.Latest or K.Current) { latest = Kw(j) == K.Latest; j++; }
                if (the && Kw(j) == K.Fiscal) { fiscalYear = true; j++; }
                if (the && L(j) is { Unit: TimeUnit.Year, Plural: false } && anchor is { } ya && !(Apostrophe(j + 1)))
                {
                    if (Kw(j + 1) == K.Ended) return new Candidate(j + 1, "DURATION", "P1Y", "the-year-ended");
                    if (fiscalYear || Kw(i - 1) is K.For or K.Of or K.During)
                        return new Candidate(j + 1, "DATE", TimexCalendar.Year(ya.Year - (latest ? 1 : 0)), "the-year");
                }
                if (!the && L(k) is { Unit: TimeUnit.Year, Plural: false } && Kw(k - 1) is K.By or K.At or K.Before or K.Until or K.Around && anchor is { } ye)
                {
                    if (Kw(k + 1) == K.End) return new Candidate(k + 2, "DATE", TimexCalendar.Year(ye.Year), "year-end");
                    if (Apostrophe(k + 1) && Is(k + 2, "s") && Kw(k + 3) == K.End) return new Candidate(k + 4, "DATE", TimexCalendar.Year(ye.Year), "year-end");
                }
            }
            // "the nineties", "the eighties".
            if (the && k < w.Count && DecadeWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(w[k].Start, w[k].Length), out int decade) && w[k].Kind == WordKind.Letters)
                return new Candidate(k + 1, "DATE", (190 + decade).ToString(System.Globalization.CultureInfo.InvariantCulture), "decade");
            // Fiscal year: "fiscal 1989".
            if (Kw(k) == K.Fiscal && IsYear(k + 1, out int fy) && !the)
                return new Candidate(k + 2, "DATE", TimexCalendar.Year(fy), "fiscal-year");
            // Century: "the 20th century", "the twentieth century".
            {
                int ord = 0, j = k;
                if (Digits(j) && w[j].Value is >= 1 and <= 30 && Adjacent(j + 1) && Is(j + 1, Suffix(w[j].Value))) { ord = w[j].Value; j += 2; }
                else if (L(j)?.Ordinal is > 0 and var o) { ord = o; j++; }
                if (ord > 0 && L(j) is { Unit: TimeUnit.Century, Plural: false })
                    return new Candidate(j + 1, "DATE", (ord - 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture), "century");
            }
            // Decade with apostrophe: "the '90s".
            if (Apostrophe(k) && Digits(k + 1) && w[k + 1].Length == 2 && Adjacent(k + 1) && Adjacent(k + 2) && Is(k + 2, "s") && w[k + 1].Value % 10 == 0)
            {
                int v = w[k + 1].Value;
                int century = v >= 30 ? 19 : 20;
                return new Candidate(k + 3, "DATE", $"{century}{v / 10}", "decade");
            }
            if (IsYear(k, out int year))
            {
                // ISO date 2025-05-14.
                if (Punct(k + 1, '-') && Adjacent(k + 1) && Digits(k + 2) && Adjacent(k + 2) && Punct(k + 3, '-') && Adjacent(k + 3) && Digits(k + 4) && Adjacent(k + 4))
                {
                    int m = w[k + 2].Value, d = w[k + 4].Value;
                    if (TimexCalendar.IsValidDate(year, m, d)) return new Candidate(k + 5, "DATE", $"{year:D4}-{m:D2}-{d:D2}", "iso-date");
                }
                // Decade: 1990s, 1990's.
                if (year % 10 == 0 && Adjacent(k + 1) && Is(k + 1, "s"))
                    return new Candidate(k + 2, "DATE", (year / 10).ToString(System.Globalization.CultureInfo.InvariantCulture), "decade");
                if (year % 10 == 0 && Apostrophe(k + 1) && Adjacent(k + 1) && Is(k + 2, "s") && Adjacent(k + 2))
                    return new Candidate(k + 3, "DATE", (year / 10).ToString(System.Globalization.CultureInfo.InvariantCulture), "decade");
                if (the) return default;
                if (!PlausibleYear(k)) return default;
                return new Candidate(k + 1, "DATE", TimexCalendar.Year(year), "year");
            }
            // Slashed US date: 5/14/2025, 05/14/98.
            if (!the && Digits(k) && Punct(k + 1, '/') && Adjacent(k + 1) && Digits(k + 2) && Adjacent(k + 2) && Punct(k + 3, '/') && Adjacent(k + 3) && Digits(k + 4) && Adjacent(k + 4))
            {
                int m = w[k].Value, d = w[k + 2].Value, y = w[k + 4].Value;
                if (w[k + 4].Length == 2) y += y >= 50 ? 1900 : 2000;
                if (w[k + 4].Length is 2 or 4 && TimexCalendar.IsValidDate(y, m, d)) return new Candidate(k + 5, "DATE", $"{y:D4}-{m:D2}-{d:D2}", "slash-date");
            }
            return default;
        }

        /// <summary>A four-digit number is a year unless it looks like a count ("2000 troops", "$1989", "1,500").</summary>
        private bool PlausibleYear(int k)
        {
            if (k > 0 && !w[k].SpaceBefore && w[k - 1].Kind == WordKind.Punct && w[k - 1].Char is ',' or '.' or '$' or '-' or '/' or ':'
                && !(w[k - 1].Char == '-' && k > 1 && (w[k - 2].Kind == WordKind.Letters || (w[k - 2].Kind == WordKind.Digits && w[k - 2].Length == 4)))) return false;
            // After a preposition or a prefix ("since 1996", "mid-1996") a plural noun may follow: "in 1996 prices rose".
            bool anchored = k > 0 && (MonthTrigger(k - 1) || Punct(k - 1, '-'));
            if (k > 0 && w[k - 1].Kind == WordKind.Punct && w[k - 1].Char is '$' or '£' or '€' or '#') return false;
            if (k + 1 < _n && !w[k + 1].SpaceBefore && w[k + 1].Kind == WordKind.Punct && w[k + 1].Char is ',' or '.' or ':' or '/' or '%' && k + 2 < _n && Digits(k + 2) && !w[k + 2].SpaceBefore) return false;
            if (k + 1 < _n && w[k + 1].Kind == WordKind.Punct && w[k + 1].Char == '%') return false;
            if (k + 1 < _n && !w[k + 1].SpaceBefore && w[k + 1].Kind == WordKind.Letters) return false;
            if (!anchored && k + 1 < _n && w[k + 1].Kind == WordKind.Letters && !w[k + 1].Capitalized)
            {
                var lex = w[k + 1].Lex;
                if (lex is { Unit: not TimeUnit.None }) return false;
                var s = text.AsSpan(w[k + 1].Start, w[k + 1].Length);
                if (s.Length > 3 && s[^1] == 's' && !s.EndsWith("ss", StringComparison.Ordinal) && lex is null
                    && !s.Equals("was", StringComparison.Ordinal) && !s.Equals("has", StringComparison.Ordinal) && !s.Equals("this", StringComparison.Ordinal)
                    && !s.Equals("levels", StringComparison.Ordinal) && !s.Equals("results", StringComparison.Ordinal) && !s.Equals("elections", StringComparison.Ordinal))
                    return false;
                if (s.Equals("people", StringComparison.Ordinal) || s.Equals("feet", StringComparison.Ordinal) || s.Equals("men", StringComparison.Ordinal)) return false;
            }
            // Names and models: "Orion 1980", "Kopp's 1987 Chevrolet".
            if (!anchored && k > 0 && w[k - 1].Kind == WordKind.Letters && w[k - 1].Capitalized && w[k - 1].Lex is null && !w[k].LineBefore) return false;
            if (k > 0 && (Is(k - 1, "No") || Is(k - 1, "number") || Is(k - 1, "flight") || Is(k - 1, "route") || Is(k - 1, "model"))) return false;
            return true;
        }

        /// <summary>"Feb. 28", "May 15, 2025", "15 May 2025", "the 15th of May", "July 1997", "in May", "March last year".</summary>
        private Candidate MonthDay(int k, bool the)
        {
            // Day first: "15 May 2025", "the 15th of May".
            if (Digits(k) && w[k].Value is >= 1 and <= 31 && w[k].Length <= 2)
            {
                int j = k + 1;
                if (Adjacent(j) && Is(j, Suffix(w[k].Value))) j++;
                if (Kw(j) == K.Of) j++;
                if (L(j) is { Month: > 0 } lexM && w[j].Capitalized)
                {
                    int end = AfterAbbrev(j);
                    return DateValue(k, end, lexM.Month, w[k].Value, "day-month");
                }
            }
            if (L(k) is { Ordinal: > 0 } ordLex && the && Kw(k + 1) == K.Of && L(k + 2) is { Month: > 0 } lexOm && w[k + 2].Capitalized)
                return DateValue(k, AfterAbbrev(k + 2), lexOm.Month, ordLex.Ordinal, "day-month");
            if (the) return default;
            var lex = L(k);
            if (lex is null || lex.Month == 0 || !w[k].Capitalized) return default;
            int month = lex.Month;
            int after = AfterAbbrev(k);
            bool dotted = after == k + 2;
            // Day.
            if (Digits(after) && w[after].Value is >= 1 and <= 31 && w[after].Length <= 2 && !(Punct(after + 1, ':') && Adjacent(after + 1) && Digits(after + 2)))
            {
                int day = w[after].Value;
                int end = after + 1;
                if (Adjacent(end) && Is(end, Suffix(day))) end++;
                return DateValue(k, end, month, day, "month-day");
            }
            if (L(after) is { Ordinal: > 0 and <= 31 } ordAfter && !Is(k, "may") && L(after)?.Unit == TimeUnit.None)
                return DateValue(k, after + 1, month, ordAfter.Ordinal, "month-day");
            // Month year: "July 1997", "May, 2025".
            int yk = Punct(after, ',') ? after + 1 : after;
            if (IsYear(yk, out int year) && !(Digits(yk + 1) && Adjacent(yk + 1)))
                return new Candidate(yk + 1, "DATE", TimexCalendar.Month(year, month), "month-year");
            if (Kw(after) == K.Of && IsYear(after + 1, out year))
                return new Candidate(after + 2, "DATE", TimexCalendar.Month(year, month), "month-year");
            // "March last year".
            if (Kw(after) is K.Last or K.Next or K.This && L(after + 1) is { Unit: TimeUnit.Year, Plural: false })
            {
                if (anchor is not { } a0) return new Candidate(after + 2, "DATE", $"XXXX-{month:D2}", "month-relative-year");
                int y = a0.Year + (Kw(after) == K.Last ? -1 : Kw(after) == K.Next ? 1 : 0);
                return new Candidate(after + 2, "DATE", TimexCalendar.Month(y, month), "month-relative-year");
            }
            // Month alone. "May"/"March" also are a verb and a modal: require a preposition or modifier before them.
            if (lex.Abbreviation && !dotted) return default;
            if (month is 3 or 5 && !MonthTrigger(k - 1)) return default;
            if (!MonthTrigger(k - 1) && k > 0 && !w[k - 1].LineBefore && Kw(k - 1) == K.None && w[k - 1].Kind == WordKind.Letters && w[k - 1].Capitalized)
                return default; // part of a name ("General Motors March")
            if (anchor is not { } a) return new Candidate(after, "DATE", $"XXXX-{month:D2}", "month");
            int yr = TimexCalendar.YearForMonth(a, month, StrongTenseOf(k, after));
            return new Candidate(after, "DATE", TimexCalendar.Month(yr, month), "month");
        }

        private bool MonthTrigger(int k) => Kw(k) is K.In or K.Since or K.Until or K.By or K.Of or K.From or K.Through or K.During or K.Before or K.After
            or K.Early or K.Late or K.Mid or K.Last or K.Next or K.This or K.Between or K.And or K.To or K.On or K.For || Punct(k, '-');

        private Candidate DateValue(int start, int end, int month, int day, string rule)
        {
            int j = end;
            if (Punct(j, ',')) j++;
            if (IsYear(j, out int year) && !(Digits(j + 1) && Adjacent(j + 1)))
            {
                if (!TimexCalendar.IsValidDate(year, month, day)) return default;
                return new Candidate(j + 1, "DATE", $"{year:D4}-{month:D2}-{day:D2}", rule);
            }
            if (Apostrophe(j) && Digits(j + 1) && w[j + 1].Length == 2 && Adjacent(j + 1))
            {
                int y = 1900 + w[j + 1].Value;
                if (y < 1930) y += 100;
                if (TimexCalendar.IsValidDate(y, month, day)) return new Candidate(j + 2, "DATE", $"{y:D4}-{month:D2}-{day:D2}", rule);
            }
            if (day > 31 || day > DateTime.DaysInMonth(2024, month)) return default;
            if (anchor is not { } a) return new Candidate(end, "DATE", $"XXXX-{month:D2}-{day:D2}", rule);
            int yr = TimexCalendar.YearFor(a, month, day, StrongTenseOf(start, end));
            if (!TimexCalendar.IsValidDate(yr, month, day)) return default;
            return new Candidate(end, "DATE", $"{yr:D4}-{month:D2}-{day:D2}", rule);
        }

        /// <summary>"30-day", "three years", "the past two months", "the first nine months", "a few days", "nearly forty years", "for years".</summary>
        private Candidate Duration(int i)
        {
            int k = i;
            // Approximation and bound modifiers stay in the span when a number follows.
            int mod = Modifier(k);
            if (mod > k && (NumberAhead(mod) || (Kw(mod) == K.The && Kw(k) != K.Over))) k = mod;
            bool the = false;
            K qualifier = K.None;
            if (Kw(k) == K.The) { the = true; k++; }
            if (Kw(k) is K.Past or K.Last or K.Next or K.Coming or K.First or K.Final or K.Remaining or K.Previous or K.Following or K.Latest or K.Full or K.Other)
            {
                if (Punct(k + 1, '-') && Adjacent(k + 1)) return default; // "the last-minute effort"
                if (!the && Kw(k) is not K.Past and not K.Last and not K.Next and not K.First) return default;
                qualifier = Kw(k);
                k++;
            }
            double n;
            int unitAt;
            if (TryNumber(k, allowA: true, out n, out unitAt))
            {
                bool fromA = Kw(k) == K.A && n == 1 && unitAt == k + 1;
                if (fromA && !the && qualifier == K.None && mod == i && !DurationContext(i - 1) && !(Punct(unitAt, '-'))) return default;
            }
            else
            {
                if (qualifier == K.None && !the)
                {
                    // Bare plural after "for"/"in"/"over": "for years".
                    if (L(k) is { Unit: not TimeUnit.None, Plural: true } bare && Kw(k - 1) is K.For or K.Over or K.Within or K.In && k == i
                        && Kw(k + 1) is not K.Of and not K.Ago && !(Punct(k + 1, '-')))
                        return new Candidate(k + 1, "DURATION", TimexCalendar.DurationValue(-1, bare.Unit), "duration-vague");
                    return default;
                }
                if (qualifier is not (K.Past or K.Last or K.Next or K.Coming or K.Full) || !the) return default;
                n = 1;
                unitAt = k;
                if (L(unitAt) is { Plural: true }) n = -1;
                // "the past year", "the next year", "the full year": TimeBank annotates the calendar unit, not a duration.
                if (L(unitAt) is { Unit: TimeUnit.Year or TimeUnit.Month or TimeUnit.Week, Plural: false } cal && anchor is { } ca)
                {
                    int dir = qualifier is K.Next or K.Coming ? 1 : qualifier == K.Full ? 0 : -1;
                    return new Candidate(unitAt + 1, "DATE", TimexCalendar.Shift(ca, cal.Unit, dir), "the-past-unit");
                }
            }
            bool hyphen = false;
            if (Punct(unitAt, '-') && Adjacent(unitAt) && Adjacent(unitAt + 1)) { hyphen = true; unitAt++; }
            var lex = L(unitAt);
            if (lex is null || lex.Unit == TimeUnit.None) return default;
            if (hyphen && lex.Plural && n > 1) return default;
            // "the 1988 second quarter" is no duration; spelled "two day", "six year" are (informal) ones.
            if (!hyphen && n > 1 && !lex.Plural && w[unitAt - 1].Kind == WordKind.Digits) return default;
            int end = unitAt + 1;
            // "47-year-old" is an age, not a duration.
            if (Punct(end, '-') && Kw(end + 1) == K.Old || Kw(end) == K.Old) return default;
            if (Punct(end, '-') && Kw(end + 1) == K.Long && Adjacent(end)) end += 2;
            // "an hour and a half"
            if (Kw(end) == K.And && Kw(end + 1) == K.A && Kw(end + 2) == K.Half) { n += 0.5; end += 3; }
            // Counted units ago/earlier belong to the Ago rule; "the nine months ended" stays a duration.
            if (Kw(end) is K.Ago) return default;
            if (n == 1 && lex.Plural && qualifier == K.None) return default;
            // "the last few months", "the past several quarters": a vague past.
            if (n < 0 && the && qualifier is K.Past or K.Last && lex.Plural) return new Candidate(end, "DATE", "PAST_REF", "past-ref");
            if (lex.Unit == TimeUnit.Quarter && n == 1 && !lex.Plural && qualifier is K.None) return default;
            // "the day"/"the year" alone are too vague; "the next day" is a date.
            if (lex.Unit is TimeUnit.Day && qualifier is K.Next or K.Following or K.Previous && n == 1) return default;
            return new Candidate(end, "DURATION", TimexCalendar.DurationValue(n, lex.Unit), "duration");
        }

        private bool DurationContext(int k) => Kw(k) is K.For or K.Within or K.Than or K.Over or K.About or K.Around or K.Nearly or K.In or K.Least or K.Most or K.After or K.Up;

        /// <summary>"about", "nearly", "more than", "less than", "at least", "at most", "up to", "no more than", "within": returns the index after it.</summary>
        private int Modifier(int k)
        {
            var kw = Kw(k);
            if (kw is K.About or K.Around or K.Over or K.Within) return k + 1;
            if (kw is K.More or K.Less && Kw(k + 1) == K.Than) return k + 2;
            if (kw == K.At && Kw(k + 1) is K.Least or K.Most) return k + 2;
            if (kw == K.Up && Kw(k + 1) == K.To) return k + 2;
            if (kw == K.No && Kw(k + 1) is K.More or K.Less && Kw(k + 2) == K.Than) return k + 3;
            if (Is(k, "only") || Is(k, "just") || Is(k, "barely")) return k + 1;
            return k;
        }

        /// <summary>A cardinal: digits (with ".5" or "1/2"), number words ("twenty four", "a hundred"), or vague ("a few", "several") as -1.</summary>
        private bool TryNumber(int k, bool allowA, out double n, out int end)
        {
            n = 0;
            end = k;
            if (k >= _n) return false;
            if (Digits(k))
            {
                if (w[k].Value < 0) return false;
                // Not part of a larger number ("1,000", "3.5" handled below).
                if (k > 0 && !w[k].SpaceBefore && w[k - 1].Kind == WordKind.Punct && w[k - 1].Char is ',' or '.' or '$') return false;
                n = w[k].Value;
                end = k + 1;
                if (Punct(end, ',') && Adjacent(end) && Digits(end + 1) && Adjacent(end + 1) && w[end + 1].Length == 3) return false;
                if (Punct(end, '.') && Adjacent(end) && Digits(end + 1) && Adjacent(end + 1))
                {
                    n += w[end + 1].Value / Math.Pow(10, w[end + 1].Length);
                    end += 2;
                }
                else if (Digits(end) && Punct(end + 1, '/') && Adjacent(end + 1) && Digits(end + 2) && Adjacent(end + 2) && w[end + 2].Value > 0)
                {
                    n += (double)w[end].Value / w[end + 2].Value;
                    end += 3;
                }
                return true;
            }
            var kw = Kw(k);
            if (kw == K.A && allowA)
            {
                if (Kw(k + 1) == K.Few) { n = -1; end = k + 2; return true; }
                if (Kw(k + 1) == K.Couple) { n = 2; end = Kw(k + 2) == K.Of ? k + 3 : k + 2; return true; }
                if (L(k + 1) is { Number: 100 or 1000 or 12 } big) { n = big.Number; end = k + 2; return true; }
                n = 1;
                end = k + 1;
                return true;
            }
            if (kw is K.Few or K.Several or K.Many) { n = -1; end = k + 1; return true; }
            if (kw == K.Some && L(k + 1) is { Plural: true, Unit: not TimeUnit.None }) { n = -1; end = k + 1; return true; }
            var lex = L(k);
            if (lex is null || lex.Number < 0 || lex.Keyword == K.A) return false;
            double value = lex.Number;
            end = k + 1;
            if (lex.Number is >= 20 and < 100 && lex.Number % 10 == 0)
            {
                int j = end;
                if (Punct(j, '-') && Adjacent(j)) j++;
                if (L(j) is { Number: >= 1 and <= 9 } unit) { value += unit.Number; end = j + 1; }
            }
            if (L(end) is { Number: 100 or 1000 } mult && value < 100) { value *= mult.Number; end++; }
            n = value;
            return true;
        }

        /// <summary>"10 p.m.", "10:35 a.m. EST", "noon Thursday", "midnight Friday", "5 p.m. EST Nov. 9".</summary>
        private Candidate Clock(int i)
        {
            int k = i;
            if (Kw(k) is K.About or K.Around || (Kw(k) == K.At && Kw(k + 1) is K.About or K.Around)) k = Kw(k) == K.At ? k + 2 : k + 1;
            int hour, minute = 0;
            string? fixedValue = null;
            if (Kw(k) == K.Noon && !Is(k - 1, "high")) { hour = 12; fixedValue = "12:00"; k++; }
            else if (Kw(k) == K.Midnight) { hour = 24; fixedValue = "24:00"; k++; }
            else if (Digits(k) && w[k].Value <= 24 && w[k].Length <= 2 && !(k > 0 && !w[k].SpaceBefore && w[k - 1].Kind == WordKind.Punct && w[k - 1].Char is '.' or ',' or '$' or ':'))
            {
                hour = w[k].Value;
                int j = k + 1;
                bool colon = false;
                if (Punct(j, ':') && Adjacent(j) && Digits(j + 1) && Adjacent(j + 1) && w[j + 1].Length == 2 && w[j + 1].Value < 60)
                {
                    minute = w[j + 1].Value;
                    colon = true;
                    j += 2;
                }
                if (Kw(j) is K.Am or K.Pm)
                {
                    if (hour > 12 || hour == 0) return default;
                    if (Kw(j) == K.Pm && hour < 12) hour += 12;
                    if (Kw(j) == K.Am && hour == 12) hour = 0;
                    j++;
                }
                else if (Is(j, "o") && Apostrophe(j + 1) && Is(j + 2, "clock")) j += 3;
                else if (!colon) return default;
                if (hour > 24) return default;
                k = j;
            }
            else return default;
            if (Kw(k) == K.Timezone) k++;
            string day = anchor is { } a ? TimexCalendar.Day(a) : "XXXX-XX-XX";
            int end = k;
            int dk = Punct(k, ',') || Kw(k) == K.On ? k + 1 : k;
            var kw = Kw(dk);
            if (kw is K.Today or K.Yesterday or K.Tomorrow or K.Tonight)
            {
                var r = Relative(dk);
                if (r.Ok) { day = r.Value.Length >= 10 ? r.Value[..10] : day; end = dk + 1; }
            }
            else if (L(dk) is { Weekday: > 0, Plural: false } || L(dk) is { Month: > 0 })
            {
                var c = Calendar(dk);
                if (c.Ok && c.Value.Length == 10 && c.Value[4] == '-' && c.Value[7] == '-') { day = c.Value; end = c.End; }
            }
            string hm = fixedValue ?? $"{hour:D2}:{minute:D2}";
            return new Candidate(end, "TIME", $"{day}T{hm}", "clock");
        }

        /// <summary>"every week", "each Thursday", "daily", "weekly", "annually", "per year".</summary>
        private Candidate Set(int i)
        {
            var kw = Kw(i);
            // "daily", "annually" as adverbs ("rose 8% annually"), not adjectives ("daily flights", "the Party daily Granma").
            if (kw is K.Weekly or K.Monthly or K.Annually or K.Hourly or K.Nightly && !AdverbPosition(i)) return default;
            // "average daily volume" is a statistic, not a recurrence.
            if (kw == K.Daily && Is(i - 1, "average")) return default;
            switch (kw)
            {
                case K.Daily: return new Candidate(i + 1, "SET", "P1D", "set-adverb");
                case K.Weekly: return new Candidate(i + 1, "SET", "P1W", "set-adverb");
                case K.Monthly: return new Candidate(i + 1, "SET", "P1M", "set-adverb");
                case K.Annually: return new Candidate(i + 1, "SET", "P1Y", "set-adverb");
                case K.Hourly: return new Candidate(i + 1, "SET", "PT1H", "set-adverb");
                case K.Nightly: return new Candidate(i + 1, "SET", "P1D", "set-adverb");
                case K.Every:
                case K.Each:
                case K.Per:
                {
                    int k = i + 1;
                    if (Kw(k) == K.Other) k++;
                    var lex = L(k);
                    if (lex is null) return default;
                    if (lex.Unit != TimeUnit.None && !lex.Plural)
                        return new Candidate(k + 1, "SET", "P" + (Kw(i + 1) == K.Other ? "2" + TimexCalendar.UnitLetter(lex.Unit)[1..] : TimexCalendar.UnitLetter(lex.Unit)), "set-every");
                    if (kw == K.Per) return default;
                    if (TryNumber(k, allowA: false, out var n, out var u) && n > 0 && L(u) is { Unit: not TimeUnit.None, Plural: true } pl)
                        return new Candidate(u + 1, "SET", TimexCalendar.DurationValue(n, pl.Unit), "set-every");
                    if (lex.Weekday > 0) return new Candidate(k + 1, "SET", $"XXXX-WXX-{lex.Weekday}", "set-every");
                    if (lex.Month > 0 && w[k].Capitalized) return new Candidate(AfterAbbrev(k), "SET", $"XXXX-{lex.Month:D2}", "set-every");
                    if (lex.PartOfDay is { } p) return new Candidate(k + 1, "SET", "XXXX-XX-XXT" + p, "set-every");
                    return default;
                }
                default:
                    return default;
            }
        }

        private bool AdverbPosition(int i)
        {
            if (Kw(i - 1) is K.The or K.A || Is(i - 1, "average") || (i > 0 && w[i - 1].Capitalized && w[i - 1].Lex is null && !w[i - 1].LineBefore)) return false;
            int k = i + 1;
            if (k >= _n || w[k].Kind != WordKind.Letters) return true;
            return Kw(k) is K.In or K.For or K.Since or K.Until or K.From or K.By or K.Through or K.At or K.To or K.And or K.On or K.During or K.Over or K.Since or K.Between or K.After or K.Before;
        }

        /// <summary>The fourth Thursday of November.</summary>
        private static DateOnly ThanksgivingOf(int year)
        {
            var nov1 = new DateOnly(year, 11, 1);
            return nov1.AddDays((4 - TimexCalendar.IsoWeekday(nov1) + 7) % 7 + 21);
        }

        /// <summary>Christmas (Eve/Day), New Year's Day/Eve, Thanksgiving (Day).</summary>
        private Candidate Holiday(int i)
        {
            int month, day, end;
            if (Kw(i) == K.Christmas)
            {
                month = 12; day = 25; end = i + 1;
                if (Kw(end) == K.Eve) { day = 24; end++; }
                else if (Kw(end) == K.Day) end++;
            }
            else if (Is(i, "New") && w[i].Capitalized && L(i + 1) is { Unit: TimeUnit.Year } && Apostrophe(i + 2) && Is(i + 3, "s") && Kw(i + 4) is K.Day or K.Eve)
            {
                bool eve = Kw(i + 4) == K.Eve;
                month = eve ? 12 : 1; day = eve ? 31 : 1; end = i + 5;
            }
            else if (Kw(i) == K.Thanksgiving)
            {
                end = Kw(i + 1) == K.Day ? i + 2 : i + 1;
                if (anchor is not { } t) return new Candidate(end, "DATE", "XXXX-11-XX", "holiday");
                // The one this year, unless it is still ahead and the clause does not look forward (then last year's).
                var thanksgiving = ThanksgivingOf(t.Year);
                if (thanksgiving > t && TenseOf(i, end) != Tense.Future) thanksgiving = ThanksgivingOf(t.Year - 1);
                return new Candidate(end, "DATE", TimexCalendar.Day(thanksgiving), "holiday");
            }
            else return default;
            if (anchor is not { } a) return new Candidate(end, "DATE", $"XXXX-{month:D2}-{day:D2}", "holiday");
            int yr = TimexCalendar.YearFor(a, month, day, TenseOf(i, end));
            return new Candidate(end, "DATE", $"{yr:D4}-{month:D2}-{day:D2}", "holiday");
        }
    }
}
