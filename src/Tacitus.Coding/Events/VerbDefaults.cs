using System.Collections.Frozen;

namespace Tacitus.Coding.Events;

/// <summary>When a verb's dictionary default (its block's code, with no pattern fired) may stand for an event.</summary>
internal enum DefaultUse
{
    /// <summary>Always (most verbs: "Putin refused", "gunmen killed three").</summary>
    Always,
    /// <summary>Only with an actor on the receiving end, in either voice: "gave Kenya aid", "Poland joined NATO", "reporters were allowed in".</summary>
    NeedsTarget,
    /// <summary>Only with an actor or a place on the receiving end: "arrived in Washington", not "Juanita Castro, who arrived".</summary>
    NeedsTargetOrPlace,
    /// <summary>Only with an actor on the receiving end, or done by armed men: ENGAGE's force [190] is "troops engaged the rebels" or "rebels engaged in fierce fighting", not "engaged in unofficial businesses".</summary>
    NeedsTargetOrArmedSubject,
    /// <summary>Only with an actor as the object of the active verb; the passive means something else ("Kopp is wanted", "is considered a candidate").</summary>
    NeedsActiveTarget,
    /// <summary>Never: the verb says what someone thinks, hopes or needs, or that someone died, not what one actor did to another. Only a pattern codes it.</summary>
    PatternOnly,
}

/// <summary>
/// Verbs whose PETRARCH default codes mostly sentences that report no interaction. Measured on the AQUAINT, TimeBank
/// and TR-News samples: "she thought Elian…" [040 consult], "His mother died in a boating accident" [190 force],
/// "Americans need to follow" [100 demand], "religious leaders who led" [060], "he hoped the provinces…" [020],
/// "He gave" [060], "Albright helped hang" [070], "Reno allowed" [080], "Lortie joined" [040], "Kopp is wanted" [030].
/// A dictionary pattern of the verb's block still codes it ("sought by the FBI", "joined NATO"). Other verbs keep their
/// defaults.
/// </summary>
internal static class VerbDefaults
{
    private static readonly FrozenDictionary<string, DefaultUse> Uses = new Dictionary<string, DefaultUse>(StringComparer.Ordinal)
    {
        // Thinking, meaning, hoping, needing, expecting, deciding and leading report a state of mind or a role.
        ["THINK"] = DefaultUse.PatternOnly, ["REASON"] = DefaultUse.PatternOnly, ["SPECULATE"] = DefaultUse.PatternOnly,
        ["PONDER"] = DefaultUse.PatternOnly, ["MUSE"] = DefaultUse.PatternOnly, ["RUMINATE"] = DefaultUse.PatternOnly,
        ["MEDITATE"] = DefaultUse.PatternOnly, ["MEAN"] = DefaultUse.PatternOnly, ["HOPE"] = DefaultUse.PatternOnly,
        ["NEED"] = DefaultUse.PatternOnly, ["EXPECT"] = DefaultUse.PatternOnly, ["DECIDE"] = DefaultUse.PatternOnly,
        ["LEAD"] = DefaultUse.PatternOnly,
        // Dying is no use of force by anyone; a pattern names who fought ("died in clashes between …").
        ["DIE"] = DefaultUse.PatternOnly,
        // Facing, serving, linking, issuing, gathering, dominating and affecting (hearing and learning: HEAR's block, below):
        // "faced with the choice" [040], "serves 10 cities" [060], "Kopp also has been linked" [060], "issued a caution to
        // travelers" [060], "gathered enough evidence" [040], "the Cuban boy that has dominated" [190], "affected travel in
        // southern England" [050]: about 55 events in the three samples with hearing and learning, none the interaction its
        // code names (protesters who gathered were coded as consulting [040]).
        ["FACE"] = DefaultUse.PatternOnly, ["SERVE"] = DefaultUse.PatternOnly, ["LINK"] = DefaultUse.PatternOnly, ["ISSUE"] = DefaultUse.PatternOnly,
        ["GATHER"] = DefaultUse.PatternOnly, ["DOMINATE"] = DefaultUse.PatternOnly, ["AFFECT"] = DefaultUse.PatternOnly,
        // Voting, aiming, ensuring and guaranteeing [030] are no intent to cooperate with anyone: "Americans voted",
        // "remarks … were aimed at", "checking the properties to ensure", "does not guarantee that the boy will be
        // repatriated" (of 24 such events in the samples, one was arguably right).
        ["VOTE"] = DefaultUse.PatternOnly, ["AIM"] = DefaultUse.PatternOnly, ["ENSURE"] = DefaultUse.PatternOnly,
        ["GUARANTEE"] = DefaultUse.PatternOnly,
        // Arguing and claiming [110] mostly state something ("Iraq had argued that …", "Yeltsin claimed", "a war … claiming
        // soldiers", "claimed so many American lives"); weeping [110] is grief, no disapproval of anyone.
        ["ARGUE"] = DefaultUse.PatternOnly, ["CLAIM"] = DefaultUse.PatternOnly, ["WEEP"] = DefaultUse.PatternOnly,
        // Weighing [040] is a body's weight or a court's deliberation ("she weighed 300 grams", "the court system, which
        // is weighing"), amassing [040] a stock ("to let GM amass a stake"): no meeting with anyone.
        ["WEIGH"] = DefaultUse.PatternOnly, ["AMASS"] = DefaultUse.PatternOnly,
        // Filling [080, SUBMIT's block] is filling a place or a post ("Crew-cut FBI agents fill many of the luxury hotels"),
        // no yielding to anyone.
        ["FILL"] = DefaultUse.PatternOnly,
        // Citing and quoting [010] name a report's source or a reason, no statement to anyone: "Al-Ahram said, citing the
        // health ministry", "citing the harshness of the Castro regime", "the Argus quoted immigration official Jurie de
        // Wet", "cited by traffic police for driving under the influence" (all 5 such events in the samples).
        ["CITE"] = DefaultUse.PatternOnly, ["QUOTE"] = DefaultUse.PatternOnly,
        // "Elian is surrounded by relatives", "the court case surrounding Elian", "the blankets surrounding her" [190]:
        // no encirclement (ENCIRCLE and BESIEGE keep the code); "resolve the Howes case" [080] and "bid $28 a share"
        // [100] yield to and demand nothing from anyone.
        ["SURROUND"] = DefaultUse.PatternOnly, ["RESOLVE"] = DefaultUse.PatternOnly, ["BID"] = DefaultUse.PatternOnly,
        // Living somewhere is no occupation [192]: INVADE's INHABIT, RESIDE and INFEST ("Sichuan, inhabited by …"); its
        // patterns still code ("occupied the embassy" [145]).
        ["INHABIT"] = DefaultUse.PatternOnly, ["RESIDE"] = DefaultUse.PatternOnly, ["INFEST"] = DefaultUse.PatternOnly,
        // Ringing [190] is a doorbell or a shop ringing with customers, not an encirclement; tarnishing, marring, spoiling
        // and vitiating [180] hurt a reputation or a result, no one's body ("tarnished the company's and Mr. Lortie's
        // reputations").
        ["RING"] = DefaultUse.PatternOnly, ["TARNISH"] = DefaultUse.PatternOnly,
        ["MAR"] = DefaultUse.PatternOnly, ["SPOIL"] = DefaultUse.PatternOnly, ["VITIATE"] = DefaultUse.PatternOnly,
        // Interfering [070] is meddling with something, no aid: "Hickson, who pleaded guilty to interfering with a corpse",
        // "to stop them … from interfering with the Catholics" (both such events in the samples).
        ["INTERFERE"] = DefaultUse.PatternOnly,
        // Applying [020] is mostly applying a law, a rule or a technique, or applying for a job or a permit: "the injunction
        // … still applies", "if the government applies asset-forfeiture laws broadly", "companies … such as Google, have
        // applied", "applied in ferrochrome production" (8 of the 9 such events in the samples). Its patterns still code
        // ("applied for political asylum" [0233], "apply for American visas" [026]).
        ["APPLY"] = DefaultUse.PatternOnly,
        // Contributing [070] needs someone contributed to ("Andy Pasztor contributed to this article").
        ["CONTRIBUTE"] = DefaultUse.NeedsTarget,
        // Giving, helping, allowing and joining need someone given, helped, allowed or joined.
        ["GIVE"] = DefaultUse.NeedsTarget, ["HELP"] = DefaultUse.NeedsTarget, ["ALLOW"] = DefaultUse.NeedsTarget,
        ["JOIN"] = DefaultUse.NeedsTarget,
        // Encountering [040] someone is meeting them; encountering problems, resistance or delays meets no one ("problems
        // the president is encountering because of the chief of staff's tenure").
        ["ENCOUNTER"] = DefaultUse.NeedsTarget,
        // Asking needs someone asked ("he asked" ends a quotation).
        ["ASK"] = DefaultUse.NeedsTarget,
        // Going, travelling and leaving: somewhere or someone to go to or leave ("Americans have been urged to leave").
        // Someone left behind ("he could be left with nothing") went nowhere.
        ["GO"] = DefaultUse.NeedsTarget, ["TRAVEL"] = DefaultUse.NeedsTarget, ["LEAVE"] = DefaultUse.NeedsActiveTarget,
        ["ARRIVE"] = DefaultUse.NeedsTargetOrPlace,
        // Engaging [190] is force against someone engaged ("troops engaged the rebels", "were engaged by coalition
        // forces") or by armed men ("rebels engaged in fierce fighting"), not "Putin's lack of willingness to engage",
        // "engaged in unofficial businesses", "has engaged an adviser" or "reluctant to engage in a price war" (5 such
        // events in the samples).
        ["ENGAGE"] = DefaultUse.NeedsTargetOrArmedSubject,
        // DEFEND's TEND [074] is tending the wounded, not "workers tend to wake early".
        ["TEND"] = DefaultUse.NeedsTarget,
        // Wanting someone or something is no demand made of anyone: "lives in Cuba and wants Elian", "wants Elian returned",
        // "instead wants a strong government", "250 wanted militant fighters" (all 5 such events in the samples). WANT's
        // patterns still code ("want to establish relations" [030]).
        ["WANT"] = DefaultUse.PatternOnly, ["CONSIDER"] = DefaultUse.NeedsActiveTarget, ["SEEK"] = DefaultUse.NeedsActiveTarget,
        // Targeting [190] is force against someone targeted ("targeted U.S. embassies", "targeting Egyptian security
        // forces") or by armed men, not "Police were targeting" marijuana shops, "a specialised operation to target"
        // offenders, "it is not targeting" anyone, "critics of the academy are targeting its owner" or "might be targeted by
        // kidnappers" (5 such events in the samples, all wrong).
        ["TARGET"] = DefaultUse.NeedsTargetOrArmedSubject,
        // Planning on its own [030] says nothing done with anyone: "he and his wife are planning", "planned at the University
        // of Rochester" (both such events in the samples); what is planned codes on its own, as planned.
        ["PLAN"] = DefaultUse.PatternOnly,
        // Introducing [040] is bringing in a bill, a product or a religion ("introduced legislation", "U.S. Trust recently
        // introduced", "introduced Christianity to Egypt"), no meeting (all 4 such events in the samples).
        ["INTRODUCE"] = DefaultUse.PatternOnly,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Whole verb blocks, for the verbs that take the block's own code. BOOST [060] (boost, increase, escalate, intensify …)
    /// is material cooperation only when someone gains ("boost tourism ties with India", not "not increasing tension").
    /// OVERSEE_MANAGE [060] (rule, control, direct, manage, head, conduct, handle, govern …) names running something,
    /// not cooperating with anyone: "a Miami federal judge ruled", "Stronach will direct the restructuring", "the FBI is
    /// conducting DNA tests", "companies controlling 94% of customers" (all 60 such events in three news samples were
    /// false). Its verbs with codes of their own keep them (ORDER [100], MONITOR [090], ADDRESS [010]), and its
    /// patterns still code ("ordered deployment of security forces in …" [154]). DISCLOSE [050] (admit, reveal, unveil,
    /// divulge …) cooperates with someone only when someone is named: "police admit", "Pakistan had not admitted",
    /// "workers … unveiled" coded nothing anyone did with anyone; "decided to admit Poland" still codes. ALLOW [080]
    /// (approve, clear, go through …) yields to someone only when someone is named: "riot police had to use tear gas to
    /// clear", "Walsh went through seven months of treatments", "regulators approve" (of 26 such events in the samples,
    /// one arguably a yielding); "French authorities have cleared Dresdner Bank" still codes. GO_SOMEWHERE [040] (go to,
    /// tour, leave behind …) needs someone or somewhere gone to, as GO and ARRIVE do: "He must go to work", "if he goes to
    /// the bathroom", "Pataki toured five counties", "the families they left" (7 events in the samples, none a visit).
    /// CIRCULATE [010] (spread, distribute, disperse, dispense …) is no statement to anyone: "police used tear gas to
    /// disperse a crowd" (repression), "eager to dispense with the services of Europe's longest serving leader" (the
    /// block's two events with a target in the samples); its patterns still code ("disperse the protest" [175:145]).
    /// COORDINATE [050] (organize, orchestrate, coordinate, integrate …) is cooperation only with someone named: "Special
    /// events are being organized by the European Commission", "The event had been organized by Ezra Levant's Rebel
    /// Media", "Castro is orchestrating" (3 of the block's 8 events in the samples, all without a partner, all wrong).
    /// Block uses apply to phrasal entries too ("go through").
    /// </summary>
    private static readonly FrozenDictionary<string, (string Code, DefaultUse Use)> BlockUses = new Dictionary<string, (string, DefaultUse)>(StringComparer.Ordinal)
    {
        ["BOOST"] = ("060", DefaultUse.NeedsTarget),
        ["OVERSEE_MANAGE"] = ("060", DefaultUse.PatternOnly),
        ["DISCLOSE"] = ("050", DefaultUse.NeedsTarget),
        ["ALLOW"] = ("080", DefaultUse.NeedsTarget),
        ["GO_SOMEWHERE"] = ("040", DefaultUse.NeedsTargetOrPlace),
        ["CIRCULATE"] = ("010", DefaultUse.PatternOnly),
        ["COORDINATE"] = ("050", DefaultUse.NeedsTarget),
        // Hearing, learning and finding out (every entry of HEAR's block): "he had never heard", "learned that the space
        // agency", "I was grateful when I found out" [040] are no consultation.
        ["HEAR"] = ("040", DefaultUse.PatternOnly),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// How the default <paramref name="code"/> of the dictionary verb <paramref name="lemma"/> (a single-word entry of
    /// <paramref name="block"/>) may be used.
    /// </summary>
    public static DefaultUse For(string lemma, string block, string code) =>
        Uses.TryGetValue(lemma, out var use) ? use : ForBlock(block, code);

    /// <summary>How the default <paramref name="code"/> of any entry of <paramref name="block"/>, phrasal ones included, may be used.</summary>
    public static DefaultUse ForBlock(string block, string code) =>
        BlockUses.TryGetValue(block, out var b) && b.Code == code ? b.Use : DefaultUse.Always;

    /// <summary>
    /// Whether the default stands here, given the verb's voice, whether an actor receives the event, whether its
    /// predicate names a place and whether its subject is armed. <see cref="DefaultUse.PatternOnly"/> is decided
    /// earlier, on the verb alone.
    /// </summary>
    public static bool Allows(DefaultUse use, bool passive, bool hasTarget, bool hasPlace, bool armedSubject) => use switch
    {
        DefaultUse.PatternOnly => false,
        DefaultUse.NeedsTarget => hasTarget,
        DefaultUse.NeedsTargetOrArmedSubject => hasTarget || armedSubject,
        DefaultUse.NeedsTargetOrPlace => hasTarget || hasPlace,
        DefaultUse.NeedsActiveTarget => hasTarget && !passive,
        _ => true,
    };
}
