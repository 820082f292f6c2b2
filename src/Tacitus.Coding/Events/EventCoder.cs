using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Tacitus.Core;
using Tacitus.Coding.Actors;
using Tacitus.Coding.Dictionaries;

namespace Tacitus.Coding.Events;

/// <summary>Options of the event coder.</summary>
public sealed record EventCoderOptions
{
    /// <summary>Keep only events with both a source and a target (PETRARCH's <c>require_dyad</c>). Default false: one-sided events with a source or target are kept.</summary>
    public bool RequireDyad { get; init; }

    /// <summary>Code sentences without a dependency parse with the shallow (TABARI-style) fallback. Default true.</summary>
    public bool ShallowFallback { get; init; } = true;

    /// <summary>How parsed sentences are coded: over the parse, by word order only, or both combined (default).</summary>
    public CodingStrategy Strategy { get; init; } = CodingStrategy.Combined;
}

/// <summary>How the event coder reads a parsed sentence.</summary>
public enum CodingStrategy
{
    /// <summary>Over the dependency parse only.</summary>
    Parse,
    /// <summary>TABARI-style word order only (the parse is ignored).</summary>
    Shallow,
    /// <summary>Both: the parse's events, completed by word-order evidence where the parse finds no source or target or misses a predicate.</summary>
    Combined,
}

/// <summary>An actor taking part in an event, with the mention and the syntactic relation that linked it.</summary>
internal readonly record struct Participant(Actor Actor, ActorMention Mention, string Relation);

/// <summary>
/// Codes events from the dependency parse: finds predicates (dictionary verbs and event nouns), their source and
/// target actors through the tree (subjects, passive agents, possessors, objects, prepositional arguments,
/// coordination, control, relative clauses, appositions), their modality, CAMEO code, casualties and evidence.
/// Immutable and thread-safe.
/// </summary>
public sealed class EventCoder
{
    private static readonly FrozenSet<string> RefuseVerbs = Set("REFUSE", "DECLINE", "REJECT");
    /// <summary>Words whose complement is not done: "failed to stop", "neglected to tell", "was unable to attend".</summary>
    private static readonly FrozenSet<string> FailVerbs = Set("FAIL", "NEGLECT", "UNABLE");
    /// <summary>Verbs whose gerund complement is not done: "avoid endangering", "stopped providing", "refrain from attacking",
    /// "opposed to uniting".</summary>
    private static readonly FrozenSet<string> StopVerbs = Set("AVOID", "REFRAIN", "ABSTAIN", "CEASE", "STOP", "QUIT", "DESIST", "HALT", "OPPOSE", "OBJECT", "RESIST");

    /// <summary>Verbs whose "that" clause says what did not happen: "the Kremlin denied that Putin had refused".</summary>
    private static readonly FrozenSet<string> DenyVerbs = Set("DENY", "REFUTE");
    /// <summary>Verbs whose object does what their complement says: "let them meet", "urged Russia to withdraw".</summary>
    private static readonly FrozenSet<string> ObjectControlVerbs = Set("LET", "MAKE", "HELP", "ALLOW", "PERMIT", "ENABLE", "URGE", "ASK",
        "TELL", "ORDER", "FORCE", "COMPEL", "PERSUADE", "CONVINCE", "ENCOURAGE", "INVITE", "REQUEST", "REQUIRE", "PRESS", "PRESSURE",
        "WARN", "ADVISE", "INSTRUCT", "DIRECT", "AUTHORIZE", "AUTHORISE", "LEAD", "CAUSE", "GET");
    /// <summary>Verbs of meeting someone, whose purpose clause is the subject's: "met Steele in London to discuss …".</summary>
    private static readonly FrozenSet<string> MeetingVerbs = Set("MEET", "VISIT", "TELEPHONE", "PHONE", "RING", "SEE", "HOST",
        "RECEIVE", "JOIN", "CONTACT", "SUMMON", "GATHER", "CONVENE");
    private static readonly FrozenSet<string> PlanVerbs = Set("SET", "SCHEDULE", "PLAN", "INTEND", "AIM", "EXPECT", "PREPARE", "SEEK",
        "HOPE", "WANT", "WISH", "DECIDE", "TRY", "ATTEMPT", "GO", "DUE", "LIKELY", "READY", "WILLING", "PROPOSE", "CONSIDER", "MULL",
        "VOW", "PLOT", "CONSPIRE", "SCHEME"); // (PROMISE and PLEDGE code their own event, which takes the complement's target)
    /// <summary>
    /// Verbs that code their own event and fold their complement into it (<see cref="PlanVerbs"/> does not hold them):
    /// what the complement does is promised (planned) or threatened or offered (hypothetical), not done.
    /// </summary>
    private static readonly FrozenSet<string> PromiseVerbs = Set("PROMISE", "PLEDGE", "AGREE", "COMMIT");
    private static readonly FrozenSet<string> ThreatVerbs = Set("THREATEN", "OFFER");
    /// <summary>Verbs whose object is asked for, not had: "demanded talks", "proposed a meeting", "sought a ceasefire".</summary>
    private static readonly FrozenSet<string> AskedObjectVerbs = Set("DEMAND", "REQUEST", "URGE", "PROPOSE", "SUGGEST", "SEEK", "WANT", "ASK", "RECOMMEND");
    /// <summary>Verbs whose "for" phrase is asked for: "called for a meeting", "pressed for talks".</summary>
    private static readonly FrozenSet<string> AskForVerbs = Set("CALL", "ASK", "PUSH", "PRESS", "APPEAL", "LOBBY", "PLEAD", "CAMPAIGN", "CLAMOR", "CLAMOUR");
    /// <summary>Verbs of answering, whose "with" phrase is the answer: "respond with a missile strike", "return the favor with a visit".</summary>
    private static readonly FrozenSet<string> ResponseVerbs = Set("RESPOND", "RETALIATE", "ANSWER", "RETURN", "REPLY", "REACT", "REPAY", "PUNISH", "COUNTER", "HIT");
    /// <summary>Words that make a strike a stoppage of work: "general strike", "national strike", "rail strike", "workers' strike".</summary>
    private static readonly FrozenSet<string> LabourStrikeWords = Set("GENERAL", "NATIONAL", "NATIONWIDE", "LABOR", "LABOUR", "WORKER",
        "WORKERS", "UNION", "RAIL", "TRANSPORT", "TEACHER", "TEACHERS", "DOCTOR", "DOCTORS", "NURSE", "NURSES", "MINER", "MINERS",
        "WILDCAT", "INDUSTRIAL", "STAFF", "PILOT", "PILOTS", "CREW", "CABIN");

    /// <summary>Conjunctions of time that open a participle clause with no subject of its own ("while cautioning …,",
    /// "after meeting Putin,"): the main clause's subject does it, over the parse and by word order alike.</summary>
    internal static readonly FrozenSet<string> ParticipleOpeners = Set("WHILE", "WHEN", "AFTER", "BEFORE", "SINCE", "UPON");

    /// <summary>
    /// Marks of an adverbial clause that states a fact beside its main clause, not a condition of it: "offered to help
    /// because its exports go to Iraq", "will meet after Russia attacked", "did not come because Kyiv was shelled".
    /// </summary>
    private static readonly FrozenSet<string> FactMarks = Set("BECAUSE", "SINCE", "AFTER", "ALTHOUGH", "THOUGH", "WHILE", "WHEREAS", "AS");
    private static readonly FrozenSet<string> PlanNouns = Set("INTENTION", "PLAN", "PLANS", "WILLINGNESS", "READINESS", "DESIRE", "BID",
        "EFFORT", "ATTEMPT", "OFFER", "PROPOSAL", "INVITATION", "WISH", "HOPE", "READINESS");
    /// <summary>Verbs whose subject makes, has or tells the plan or decision that is their object.</summary>
    private static readonly FrozenSet<string> PlanMakingVerbs = Set("MAKE", "HAVE", "TAKE", "ANNOUNCE", "LAUNCH", "UNVEIL", "REACH",
        "EXPRESS", "OUTLINE", "DISCLOSE", "REVEAL");
    private static readonly FrozenSet<string> PlanAdjectives = Set("PLANNED", "UPCOMING", "PROPOSED", "SUGGESTED", "EXPECTED", "SCHEDULED",
        "POSSIBLE", "POTENTIAL", "FUTURE", "PROSPECTIVE", "FORTHCOMING", "INTENDED");
    /// <summary>
    /// Verbs of accusing, with the prepositions that name what one is accused of: "charged with killing a soldier",
    /// "accused Russia of striking Sumy", "arrested for attacking a mosque", "blamed Moscow for the strike". What they name
    /// is alleged. A conviction is not among them: "convicted of murder" is found so.
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> AccuseVerbs = new Dictionary<string, string[]>
    {
        ["ACCUSE"] = ["OF"], ["SUSPECT"] = ["OF"], ["CHARGE"] = ["WITH"], ["INDICT"] = ["FOR", "ON"], ["ARREST"] = ["FOR", "ON", "OVER"],
        ["DETAIN"] = ["FOR", "ON", "OVER"], ["PROSECUTE"] = ["FOR"], ["BLAME"] = ["FOR"],
    }.ToFrozenDictionary(StringComparer.Ordinal);
    /// <summary>Verbs whose "that" clause is alleged: "alleged that the army had shelled the village".</summary>
    private static readonly FrozenSet<string> AllegeVerbs = Set("ALLEGE", "ACCUSE", "SUSPECT");
    /// <summary>Nouns of accusing whose "of" phrase or "that" clause is alleged: "charges of murder", "allegations that Russia attacked".</summary>
    private static readonly FrozenSet<string> AllegationNouns = Set("ALLEGATION", "ACCUSATION", "CHARGE", "SUSPICION", "INDICTMENT");
    /// <summary>Words that make an event alleged where it is named: "the alleged attack", "allegedly killed".</summary>
    private static readonly FrozenSet<string> AllegedWords = Set("ALLEGED", "PURPORTED", "SUPPOSED", "ALLEGEDLY", "PURPORTEDLY", "SUPPOSEDLY");
    private static readonly FrozenSet<string> FutureAux = Set("WILL", "SHALL", "'LL", "WO");
    private static readonly FrozenSet<string> HypotheticalAux = Set("WOULD", "COULD", "MIGHT", "MAY", "'D", "CAN", "CA", "SHOULD", "MUST", "OUGHT");
    private static readonly FrozenSet<string> ConditionalMarks = Set("IF", "UNLESS", "WHETHER");
    private static readonly FrozenSet<string> QuestionWords = Set("WHETHER", "IF", "HOW", "WHAT", "WHY", "WHO", "WHOM", "WHEN", "WHERE", "WHICH");
    private static readonly FrozenSet<string> QuestionVerbs = Set("ASK", "WONDER", "KNOW", "SEE", "CHECK", "QUESTION", "DOUBT", "DETERMINE", "INQUIRE", "TELL", "SAY", "DECIDE", "CONSIDER", "DISCUSS");
    private static readonly FrozenSet<string> NegationWords = Set("NOT", "N'T", "NEVER", "NO", "NT");
    private static readonly FrozenSet<string> RelativePronouns = Set("WHO", "WHICH", "THAT", "WHOM", "WHOSE");
    /// <summary>Nouns that count or gather a group: "hundreds of fighters", "a group of exiles".</summary>
    private static readonly FrozenSet<string> QuantityNouns = Set("HUNDRED", "HUNDREDS", "THOUSAND", "THOUSANDS", "MILLION", "MILLIONS", "DOZEN",
        "DOZENS", "SCORE", "SCORES", "TENS", "GROUP", "GROUPS", "MEMBER", "MEMBERS", "BAND", "CROWD", "CROWDS", "TEAM", "SQUAD", "UNIT", "CONTINGENT", "NUMBER");

    /// <summary>Pronouns and determiners that part a group: "some of the militants", "many of the demonstrators".</summary>
    private static readonly FrozenSet<string> QuantityWords = Set("SOME", "MANY", "MOST", "ALL", "SEVERAL", "FEW", "BOTH", "EACH", "NONE", "OTHERS", "MORE");

    private static readonly FrozenSet<string> TargetPreps = Set("WITH", "AGAINST", "TO", "ON", "AT", "INTO", "TOWARD", "TOWARDS", "UPON", "OVER", "ONTO", "FOR");
    /// <summary>What a source declines to do for reporters: "declined to comment", "refused to elaborate".</summary>
    private static readonly FrozenSet<string> NoCommentVerbs = Set("COMMENT", "ELABORATE", "SPECIFY", "SPECULATE", "CONFIRM", "SAY",
        "DISCUSS", "IDENTIFY", "NAME", "DISCLOSE", "REVEAL", "DETAIL", "DESCRIBE", "CHARACTERIZE", "ESTIMATE", "PREDICT");

    /// <summary>Words that, used or not, make "declined to use the word blockade" a choice of words, not a refusal.</summary>
    private static readonly FrozenSet<string> WordNouns = Set("WORD", "WORDS", "TERM", "PHRASE", "LABEL", "NAME");
    /// <summary>Verbs of "asked not to be named", as lemmas and as forms (a verb the tagger misreads keeps its form as lemma).</summary>
    private static readonly FrozenSet<string> AnonymityVerbs = Set("ASK", "ASKED", "ASKS", "REQUEST", "REQUESTED", "DECLINE", "DECLINED", "DECLINES",
        "REFUSE", "REFUSED", "REFUSES", "WISH", "WISHED", "WISHES");
    /// <summary>CAMEO role codes of armed actors: military, rebels, insurgents, unidentified armed forces.</summary>
    private static readonly FrozenSet<string> ArmedRoles = Set("MIL", "REB", "INS", "UAF");
    /// <summary>CAMEO role codes of the state and its politics: government, military, police, courts, legislature, parties.</summary>
    private static readonly FrozenSet<string> StateRoles = Set("GOV", "MIL", "COP", "JUD", "LEG", "ELI", "PTY", "SPY", "UAF", "REB", "INS", "OPP");
    /// <summary>What a company's deal is about (<c>IsCommerce</c>).</summary>
    private static readonly FrozenSet<string> Commerce = Set("STAKE", "SHARE", "STOCK", "BUSINESS", "OWNERSHIP", "VENTURE", "UNIT",
        "SUBSIDIARY", "STORE", "BUYOUT", "ASSET", "BOND", "MERGER", "ACQUISITION", "FRANCHISE", "BRAND", "DIVISION", "PORTFOLIO",
        "INVESTOR", "SHAREHOLDER", "BUYER", "CUSTOMER", "CONSUMER", "CLIENT", "STOCKHOLDER", "BONDHOLDER", "CREDITOR");
    /// <summary>A deal's verbs: what is acquired, bought, sold or merged (<c>IsCommerce</c>).</summary>
    private static readonly FrozenSet<string> Transactions = Set("ACQUIRE", "BUY", "SELL", "PURCHASE", "MERGE", "TENDER", "LEASE", "DIVEST", "RESELL");
    /// <summary>
    /// Whether a CAMEO actor code names a business: a multinational (MNC…) or the BUS role (USABUS, ---BUS); an
    /// international organisation of business or finance (IGOBUSIMF, the IMF) is an IGO.
    /// </summary>
    private static bool IsBusiness(string? cameo) =>
        cameo is { } c && (c.StartsWith("MNC", StringComparison.Ordinal) ||
                           !c.StartsWith("IGO", StringComparison.Ordinal) && c.Length >= 6 && c.AsSpan(3, 3).SequenceEqual("BUS"));

    /// <summary>CAMEO role codes of those who win and lose votes: politicians, parties, legislatures, governments.</summary>
    private static readonly FrozenSet<string> PoliticalRoles = Set("ELI", "PTY", "LEG", "GOV");
    /// <summary>Verbs of harm whose cause may be no force at all ("hurt by higher prices").</summary>
    private static readonly FrozenSet<string> HarmVerbs = Set("HIT", "HURT", "HAMMER", "STRIKE");
    /// <summary>What is released that is no one: news, records and products ("released footage", "a statement released by").</summary>
    private static readonly FrozenSet<string> ReleasedThings = Set(
        "STATEMENT", "REPORT", "FOOTAGE", "VIDEO", "TAPE", "IMAGE", "PHOTO", "PHOTOGRAPH", "PICTURE", "DETAIL", "NAME", "FIGURE",
        "DATA", "RESULT", "INFORMATION", "DOCUMENT", "TRANSCRIPT", "LETTER", "LIST", "TEXT", "RECORDING", "RECORD", "ALBUM",
        "FILM", "SONG", "BUDGET", "FORECAST", "SURVEY", "POLL", "STUDY", "COMMUNIQUE", "EARNINGS", "FINDING", "SUMMARY",
        "PLAN", "PROPOSAL", "VERSION", "UPDATE", "MAP", "SCHEDULE", "ESTIMATE", "STATISTICS", "GUIDELINE", "RULE", "BOOK",
        "PRODUCT", "FUND", "MONEY", "EMAIL", "MEMO", "AUDIO", "EVIDENCE", "ANALYSIS", "RESEARCH", "ANNOUNCEMENT");

    /// <summary>What is broken without force: "break international law", "broke his promise", "broke the news".</summary>
    private static readonly FrozenSet<string> UnbrokenByForce = Set("LAW", "RULE", "PROMISE", "PLEDGE", "WORD", "RECORD", "SILENCE",
        "NEWS", "STORY", "AGREEMENT", "CEASEFIRE", "TRUCE", "DEAL", "CONTRACT", "HABIT", "TRADITION", "TABOO", "ICE", "GROUND", "HEART");

    /// <summary>What one meets that is no one met [040]: "meet NATO's standards", "prepare to meet future medical disasters".</summary>
    private static readonly FrozenSet<string> MetThings = Set("STANDARD", "CRITERION", "CRITERIA", "REQUIREMENT", "NEED", "DEMAND",
        "CHALLENGE", "DEADLINE", "TARGET", "GOAL", "OBJECTIVE", "BENCHMARK", "EXPECTATION", "THREAT", "CONDITION", "OBLIGATION",
        "COST", "EXPENSE", "DISASTER", "EMERGENCY", "CONTINGENCY", "DEBT", "PAYMENT", "PAYROLL", "QUOTA", "END", "FATE", "DEATH",
        "RESISTANCE", "APPROVAL", "OPPOSITION", "CRITICISM", "SUCCESS", "TEST", "DEFINITION", "PROBLEM", "SHORTFALL", "TERM");
    /// <summary>What is shot that is no one: sport, pictures and films ("shooting skeet", "shot the film in Kyiv").</summary>
    private static readonly FrozenSet<string> ShotForSport = Set("SKEET", "CLAY", "CLAYS", "TRAP", "HOOP", "HOOPS", "BASKET", "BASKETS", "POOL",
        "GOAL", "GOALS", "PAR", "BIRDIE", "BIRDIES", "EAGLE", "ROUND", "FILM", "FILMS", "MOVIE", "MOVIES", "VIDEO", "VIDEOS", "FOOTAGE",
        "PHOTO", "PHOTOS", "PICTURE", "PICTURES", "SCENE", "SCENES", "EPISODE", "EPISODES", "DOCUMENTARY", "COMMERCIAL", "ADVERT", "BREEZE");

    /// <summary>Verbs whose object, and whatever follows them, is what is talked about, not whom they are done with: "to
    /// discuss Ukraine's debt to the company", "to discuss allegations of possible corruption in FIFA, the Zurich-based
    /// body". Who takes part is a phrase with "with" or a coordinated subject.</summary>
    private static readonly FrozenSet<string> DiscussVerbs = Set("DISCUSS", "DEBATE");

    /// <summary>What is rescued besides what is killed that never lived (<see cref="KilledThings"/>): "to salvage the
    /// talks", "rescue the economy".</summary>
    private static readonly FrozenSet<string> SavedThings = Set("TALKS", "NEGOTIATION", "NEGOTIATIONS", "CEASEFIRE", "CEASE-FIRE", "TRUCE",
        "ECONOMY", "PROCESS", "SUMMIT", "COMPANY", "BANK", "BANKS", "CURRENCY", "SEASON", "CAREER", "RELATIONSHIP", "RELATIONS", "MARRIAGE");

    /// <summary>What is killed that never lived: "effectively killed the massive trade deal", "killed the bill".</summary>
    private static readonly FrozenSet<string> KilledThings = Set("DEAL", "BILL", "PLAN", "PROPOSAL", "AGREEMENT", "PACT", "TREATY", "PROJECT",
        "IDEA", "HOPE", "CHANCE", "MEASURE", "LEGISLATION", "INITIATIVE", "PROGRAM", "PROGRAMME", "MOMENTUM", "STORY", "ENGINE", "LIGHT",
        "MOOD", "BUZZ", "JOB", "MERGER", "BID", "OFFER", "REFORM", "AMENDMENT", "TIME", "PAIN", "APPETITE", "DEMAND", "SALE", "RALLY");

    /// <summary>Who is called to a scene: "Police were called to the home", "Firefighters were called".</summary>
    private static readonly FrozenSet<string> Responders = Set("POLICE", "OFFICER", "COP", "TROOPER", "DEPUTY", "FIREFIGHTER", "PARAMEDIC",
        "AMBULANCE", "CREW", "MOUNTIE", "RCMP");
    /// <summary>Nouns of a power or right to act, which belongs to whoever has or is given it.</summary>
    private static readonly FrozenSet<string> PowerNouns = Set("AUTHORITY", "POWER", "RIGHT", "MANDATE", "AUTHORIZATION", "AUTHORISATION",
        "PERMISSION", "LICENSE", "LICENCE", "LEEWAY", "LATITUDE", "FREEDOM");

    /// <summary>Verbs of force that are also said of words: "assailed the remarks", "hammered the plan".</summary>
    private static readonly FrozenSet<string> VerbalAttackVerbs = Set("ATTACK", "ASSAIL", "HAMMER", "BLAST", "SLAM", "BATTER", "SAVAGE");
    /// <summary>What is attacked with words: what was said, proposed or decided.</summary>
    private static readonly FrozenSet<string> AttackedWords = Set("REMARK", "STATEMENT", "COMMENT", "SPEECH", "POLICY", "DECISION", "PROPOSAL",
        "PLAN", "REPORT", "CLAIM", "RULING", "IDEA", "VIEW", "STANCE", "ARGUMENT", "ACCUSATION", "ALLEGATION", "BILL",
        "LEGISLATION", "MEASURE", "BUDGET", "RECORD", "RHETORIC", "LANGUAGE", "WORD", "VERDICT", "DEAL", "AGREEMENT");

    /// <summary>Nouns of a duty to act, which is not the act: "a responsibility to protect", "the obligation to pay".</summary>
    private static readonly FrozenSet<string> DutyNouns = Set("RESPONSIBILITY", "DUTY", "OBLIGATION");

    /// <summary>What is respected or honoured when no one is praised: a right, a law, a ceasefire, a decision.</summary>
    private static readonly FrozenSet<string> KeptTo = Set("RIGHT", "LAW", "SANCTION", "CEASEFIRE", "CEASE-FIRE", "TRUCE", "AGREEMENT", "DEAL",
        "TREATY", "DECISION", "RULING", "SOVEREIGNTY", "BORDER", "WISH", "ANNOUNCEMENT", "COMMITMENT", "PROMISE", "PLEDGE", "OBLIGATION",
        "RULE", "CONSTITUTION", "RESULT", "VERDICT", "PRIVACY", "TRADITION", "INTEGRITY", "INDEPENDENCE", "ACCORD", "CONTRACT");
    /// <summary>What is taken when "seized" or "captured" is no one and nothing seized: a chance, a moment, attention.</summary>
    private static readonly FrozenSet<string> NothingSeized = Set("CHANCE", "OPPORTUNITY", "MOMENT", "MOMENTUM", "OCCASION", "INITIATIVE",
        "IMAGINATION", "ATTENTION", "HEADLINE", "SPOTLIGHT", "MOOD", "ESSENCE", "SPIRIT",
        // what is won: "She also captured four medals at the world championships"
        "MEDAL", "TITLE", "CROWN", "CHAMPIONSHIP", "PRIZE", "AWARD", "TROPHY", "GOLD", "SILVER", "BRONZE", "VICTORY", "WIN", "SEAT", "VOTE");
    /// <summary>Tasks one is charged with, which are no crimes: "charged the inspectors with verifying", "charged with the task of".</summary>
    private static readonly FrozenSet<string> Tasks = Set("VERIFY", "OVERSEE", "MONITOR", "ENSURE", "IMPLEMENT", "SUPERVISE", "MANAGE", "ORGANIZE",
        "ORGANISE", "COORDINATE", "DRAFT", "DEVELOP", "REVIEW", "EXAMINE", "LEAD", "RUN", "PREPARE", "DESIGN", "ENFORCE", "ADMINISTER",
        "RESOLVE", "NEGOTIATE", "INVESTIGATE", "PROTECT", "GUARD", "DEFEND", "MAINTAIN", "FIND", "CREATE", "ESTABLISH", "RESTORE",
        "REBUILD", "DETERMINE", "ASSESS", "EVALUATE", "STUDY", "INSPECT", "OVERHAUL", "REFORM", "SECURE", "KEEP", "DELIVER", "HELP",
        "TASK", "RESPONSIBILITY", "DUTY", "MISSION", "JOB", "ROLE", "MANDATE");

    /// <summary>Accidents and disasters, which kill and injure without anyone using force: "killed in the crash", "a boat wreck that killed his mother".</summary>
    private static readonly FrozenSet<string> AccidentNouns = Set("CRASH", "ACCIDENT", "COLLISION", "WRECK", "SHIPWRECK", "DERAILMENT", "EARTHQUAKE",
        "QUAKE", "FLOOD", "FLOODING", "STORM", "AVALANCHE", "LANDSLIDE", "MUDSLIDE", "TORNADO", "HURRICANE", "TYPHOON", "CYCLONE", "TSUNAMI",
        "OVERDOSE", "STAMPEDE", "BLIZZARD", "HEATWAVE", "PILEUP", "CAPSIZING");
    /// <summary>What vehicles do in accidents: "was killed when his car went off the ramp and crashed".</summary>
    private static readonly FrozenSet<string> AccidentVerbs = Set("CRASH", "COLLIDE", "CAPSIZE", "SINK", "DERAIL", "OVERTURN", "SKID", "FLIP");

    /// <summary>Courts an appeal goes to: "an appeal to the Supreme Court" is a case, not a plea.</summary>
    private static readonly FrozenSet<string> CourtNouns = Set("COURT", "COURTS", "TRIBUNAL", "JUDGE", "JUSTICE", "PANEL", "BOARD");

    /// <summary>Where the injured are taken: "taken to hospital" is care, not capture.</summary>
    private static readonly FrozenSet<string> CareNouns = Set("HOSPITAL", "CLINIC", "INFIRMARY", "ER");
    /// <summary>Causes that are force: weapons, blasts, attackers.</summary>
    private static readonly FrozenSet<string> ForceNouns = Set("BOMB", "BOMBING", "EXPLOSION", "BLAST", "MISSILE", "ROCKET", "SHELL", "SHELLING", "BULLET",
        "GUNFIRE", "GUNMAN", "ATTACKER", "ATTACK", "STRIKE", "AIRSTRIKE", "GRENADE", "MORTAR", "ARTILLERY", "DRONE", "SHRAPNEL", "DEVICE", "TROOPS",
        "FORCES", "SOLDIER", "MILITANT", "FIGHTER", "PLANE", "JET", "WARPLANE", "RAID", "GUN", "RIFLE", "WEAPON", "STONE", "ROCK", "FIRE");
    /// <summary>What harm to is no use of force against anyone: money, markets, trade.</summary>
    private static readonly FrozenSet<string> EconomicNouns = Set("EARNINGS", "PROFIT", "PROFITS", "SALES", "REVENUE", "REVENUES", "SHARE", "SHARES", "STOCK",
        "STOCKS", "ECONOMY", "MARKET", "MARKETS", "PRICE", "PRICES", "EXPORTS", "IMPORTS", "INCOME", "RESULTS", "GROWTH", "TOURISM", "TRADE", "INDUSTRY",
        "BUSINESS", "CURRENCY", "BUDGET", "DEMAND", "INVESTMENT", "INVESTORS", "SHAREHOLDERS", "RATINGS");
    private static readonly FrozenSet<string> CasualtyVerbs = Set("KILL", "INJURE", "WOUND", "HURT", "MAIM");
    /// <summary>Verbs whose subject undergoes the event noun they take as object: "drew condemnation", "faces sanctions", "received aid",
    /// "needs assistance", and those who hold an attack or a threat off: "repelled the invasion", "is struggling to contain multiple
    /// security threats" (Turkey had been the one threatening), and those who get round it: "Russia would overcome the sanctions",
    /// "Iran defied the embargo".</summary>
    private static readonly FrozenSet<string> UndergoerVerbs = Set("DRAW", "FACE", "RECEIVE", "ATTRACT", "INCUR", "SUFFER", "EARN", "GET", "PROVOKE", "SPARK", "TRIGGER", "PROMPT",
        "SURVIVE", "ENDURE", "WITHSTAND", "ESCAPE", "FEAR", "RISK", "EXPECT", "NEED", "REQUIRE", "OBTAIN",
        "CONTAIN", "ELIMINATE", "COUNTER", "COMBAT", "TACKLE", "NEUTRALIZE", "REPEL", "REPULSE", "THWART", "FOIL", "RESIST",
        "OVERCOME", "EVADE", "CIRCUMVENT", "BYPASS", "DODGE", "WEATHER", "DEFY", "BEAT");
    /// <summary>Verbs of speaking that a quotation may put before their speaker ("'Where's the bid?' asked Pierre
    /// Panet-Raymond"; "'He lied,' charged the senator").</summary>
    private static readonly FrozenSet<string> QuoteInvertingVerbs = Set("ASK", "DEMAND", "URGE", "WARN", "PLEAD", "CHARGE", "COMPLAIN", "PROTEST", "PROMISE", "THREATEN");
    private static readonly FrozenSet<string> SpeechVerbs = Set("SAY", "STATE", "TELL", "ANNOUNCE", "CLAIM", "REPORT", "DECLARE", "ADD", "INSIST", "STRESS", "EMPHASIZE", "NOTE", "REVEAL", "DISCLOSE", "CONFIRM", "ADMIT", "ACKNOWLEDGE");
    /// <summary>Verbs whose "that" clause is what is agreed to be so, and names no side of the agreeing: "agreed that …".</summary>
    private static readonly FrozenSet<string> AgreeVerbs = Set("AGREE", "CONCUR");
    /// <summary>Verbs whose object is only what they are about ("referring to the threat of NATO air strikes", "referring to
    /// one of Trump's opponents"): a pattern's noun there is no reaction of the speaker's.</summary>
    private static readonly FrozenSet<string> TopicVerbs = Set("REFER", "MENTION", "CITE", "DESCRIBE", "RECALL");
    /// <summary>Speech verbs whose object is what is said, never whom it is said to or about.</summary>
    private static readonly FrozenSet<string> SayingVerbs = Set("SAY", "STATE", "ADD", "INSIST", "STRESS", "EMPHASIZE", "NOTE");
    /// <summary>Verbs of saying whose object is whom it is said to: "telling CNN", "briefed the ministers".</summary>
    private static readonly FrozenSet<string> AddresseeObjectVerbs = Set("TELL", "INFORM", "BRIEF", "NOTIFY", "ASSURE", "REASSURE", "ADDRESS", "REMIND", "ADVISE", "LECTURE");
    /// <summary>Words before "to" that make it part of another phrase than an addressee's: "in response to U.S. …", "according to".</summary>
    private static readonly FrozenSet<string> NotAddresseeTo = Set("RESPONSE", "REPLY", "ACCORDING", "DUE", "PRIOR", "NEXT", "CLOSE", "REFERENCE", "ADDITION", "THANKS", "CONTRARY", "OPPOSITION", "REGARD", "RELATION");

    private readonly VerbPatternMatcher _matcher;
    private readonly CameoCodebook _codebook;
    private readonly EventCoderOptions _options;
    private readonly IEventAnchoring _anchoring;

    public EventCoder(VerbDictionary verbs, CameoCodebook codebook, EventCoderOptions? options = null, IEventAnchoring? anchoring = null)
    {
        ArgumentNullException.ThrowIfNull(verbs);
        ArgumentNullException.ThrowIfNull(codebook);
        _matcher = new VerbPatternMatcher(verbs);
        _codebook = codebook;
        _options = options ?? new EventCoderOptions();
        _anchoring = anchoring ?? new NearestAnchoring();
        Shallow = new ShallowEventCoder(verbs);
    }

    public VerbDictionary Verbs => _matcher.Dictionary;
    public CameoCodebook Codebook => _codebook;
    internal ShallowEventCoder Shallow { get; }

    public ImmutableArray<Event> Code(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var actors = new ActorIndex(doc);
        var events = ImmutableArray.CreateBuilder<Event>();
        if (actors.IsEmpty) return [];
        var anchoring = _anchoring.ForDocument(doc);
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            // Every event has a source or a target: a sentence without an actor has none.
            if (!actors.AnyIn(doc.Sentences[s].FirstToken, doc.Sentences[s].EndToken)) continue;
            var g = new SentenceGraph(doc, s);
            if (g.Count == 0) continue;
            var drafts = !g.IsParsed ? (_options.ShallowFallback ? Shallow.Code(g, actors) : [])
                : _options.Strategy switch
                {
                    CodingStrategy.Shallow => Shallow.Code(g, actors),
                    CodingStrategy.Parse => new SentenceCoder(this, g, actors, null).Run(),
                    _ => CodeCombined(g, actors),
                };
            foreach (var d in drafts) Finish(doc, g, d, anchoring, events);
        }
        return events.ToImmutable();
    }

    /// <summary>
    /// Parse-based drafts first; a word-order draft is added when the parse coded nothing at that predicate
    /// (a mis-tagged or mis-attached verb), and fills in a side the parse-based draft of the same predicate left empty.
    /// </summary>
    private List<EventDraft> CodeCombined(SentenceGraph g, ActorIndex actors)
    {
        var shallow = Shallow.Code(g, actors);
        shallow.RemoveAll(s => s.IdSuffix.StartsWith('x') && !ParseConfirmsReciprocal(g, s));
        // Who is cited for a report ("according to …") is no side of what it reports, nor is whom "none of them" or an
        // "except" phrase leaves out, however word order is used below: to fill a side the parse left empty, or for a
        // predicate the parse did not code.
        foreach (var w in shallow)
        {
            w.Sources.RemoveAll(x => InAccordingToPhrase(g, x.Mention.Span) || IsDenied(g, x.Mention.Span));
            w.Targets.RemoveAll(x => InAccordingToPhrase(g, x.Mention.Span) || IsDenied(g, x.Mention.Span));
        }
        var byPredicate = new Dictionary<int, EventDraft>();
        foreach (var s in shallow)
            if (s.IdSuffix.Length == 0) byPredicate.TryAdd(s.Predicate, s);
        var coder = new SentenceCoder(this, g, actors, byPredicate);
        var result = coder.Run();
        var covered = new HashSet<int>(coder.Touched);
        foreach (var d in result) { covered.Add(d.Predicate); covered.UnionWith(d.EvidenceTokens); }
        foreach (var group in shallow.GroupBy(s => s.Predicate))
        {
            int v = group.Key;
            // Only verbs the tagger agrees are verbs ("allies" is a noun here).
            if (g.Upos[v] is not ("VERB" or "")) continue;
            if (IsReducedPassive(g, v)) continue;
            if (IsAttributiveParticiple(g, v) || IsParticipleAfterArticleOrPreposition(g, v)) continue;
            var word = group.ToList();
            var parsed = result.Where(d => d.Predicate == v).ToList();
            // "has faced abuse and threats since she …": a verb that codes only by pattern is no event by word order alone.
            if (word.Any(w => w.PatternOnlyDefault)) continue;
            bool droppedDefault = coder.DroppedDefaults.Contains(v);
            if (parsed.Count == 0 && !droppedDefault)
            {
                // A predicate the parse did not code at all is added only with both sides (word order alone is weak evidence).
                // Nor when its pattern's words lie in a phrase the pattern did not ask for ("ended a news conference in a
                // building adjacent to the embassy" is no closing of an embassy [161]).
                // Nor when its only target is a possessive pronoun ("Pattison has disclosed potential terms for his planned
                // bid"): the owner of what follows is no target by word order, as below.
                if (!covered.Contains(v)) result.AddRange(word.Where(w => w.Sources.Count > 0 && w.Targets.Any(t => w.SlotTargets || !IsPossessivePronoun(g, t.Mention.Span)) &&
                    !w.PatternWordsAfter.Any(t => PhraseOutsidePattern(g, t, w.PatternWordsAfter) is not null)));
                continue;
            }
            if (parsed.Any(d => d.Modality is Modality.Refused)) continue;
            int Completeness(List<EventDraft> ds) => ds.Count == 0 ? 0 : ds.Max(d => (d.Sources.Count > 0 ? 1 : 0) + (d.Targets.Count > 0 ? 1 : 0));
            foreach (var w in word)
            {
                w.Sources.RemoveAll(x => IsNoWordOrderSource(g, actors, v, x.Mention.Span, w.SlotSources));
                // "to discuss Ukraine's debt": what a discussion is about is no side of it, as over the parse.
                if (DiscussVerbs.Contains(g.Lemma[v]) && !w.SlotTargets) w.Targets.Clear();
                w.Targets.RemoveAll(x => InOtherClause(g, v, x.Mention.Span) ||
                                         IsPassiveTargetElsewhere(g, v, x) || ModifiesEventNoun(g, x.Mention.Span) || (!w.SlotTargets && (TargetBelongsElsewhere(g, v, x.Mention.Span) ||
                                         !SentenceCoder.IsForce(w.Code) && SentenceCoder.IsPlaceOfAThing(g, actors, v, x.Mention.Span) || (IsPossessivePronoun(g, x.Mention.Span) && !w.Sources.Any(t => t.Actor.Id == x.Actor.Id)))));
            }
            // The other side's event of a paired code needs both sides, as over the parse.
            word.RemoveAll(w => w.IdSuffix.StartsWith('r') && (w.Sources.Count == 0 || w.Targets.Count == 0));
            if (word.Count == 0) continue;
            if (droppedDefault)
            {
                // The parse dropped the verb's default code ("called Munero a criminal" is no telephone call): a pattern
                // in the word window still codes it ("called Bush a LIAR" [111]).
                // Not with the pattern's noun in a phrase of purpose, role or likeness it did not ask for: "He did not give a
                // motive for the attack" is no GRANT "- * ATTACK" [111], "Missouri had a lot to offer … as a place" no
                // OFFER "- * PLACE" [030]. ("has contributed $3.2 million in assistance", "has gone to war" stay.)
                // Nor with a pattern word the parse puts outside the verb's phrase: "make Saddam Hussein decide he's up against
                // the wall" is no "decide against" [120].
                result.AddRange(word.Where(w => w.Specificity >= 0 && w.Sources.Count > 0 &&
                    !w.PatternWordsAfter.Any(t => OutsideVerbPhrase(g, v, t, w.PatternWordsAfter) || PhraseOutsidePattern(g, t, w.PatternWordsAfter) is { } prep && (prep == "FOR" || IsRoleOrLikeness(prep)))));
                continue;
            }
            if (Completeness(word) > Completeness(parsed))
            {
                // The parse found the predicate but not its actors (a mis-attached subject or object): word order decides.
                var modality = parsed[0].Modality;
                result.RemoveAll(d => d.Predicate == v);
                foreach (var w in word)
                {
                    if (w.Modality is Modality.Asserted) w.Modality = modality;
                    w.Rule += "; parse incomplete";
                }
                result.AddRange(word);
            }
            else if (word[0].Specificity > parsed[0].Specificity && word[0].Code != parsed[0].Code &&
                     !parsed[0].Rule.Contains("; complement ", StringComparison.Ordinal) && !TopicVerbs.Contains(g.Lemma[v]) &&
                     !word[0].PatternWordsAfter.Any(t => OutsideVerbPhrase(g, v, t, word[0].PatternWordsAfter) || InPhraseOutsidePattern(g, t, word[0].PatternWordsAfter, word[0].Code)) &&
                     !(SpeechVerbs.Contains(g.Lemma[v]) && (g.Children[v].Any(c => g.Base[c] == "ccomp") || word[0].PatternWordsAfter.Any(t => AfterSayingMark(g, v, g.Span(t).Start)))))
            {
                // A more specific dictionary pattern in the word window than in the parse.
                foreach (var d in parsed)
                {
                    bool reverse = d.IdSuffix == "r";
                    var w = word.FirstOrDefault(x => (x.IdSuffix == "r") == reverse);
                    if (w is null)
                    {
                        // The parse's pattern coded a reverse direction the more specific pattern does not have.
                        if (reverse) result.Remove(d);
                        continue;
                    }
                    d.Code = w.Code;
                    d.Rule += $"; code from word order ({w.Rule})";
                    // The pattern's own slots say who is source and target.
                    if (w.SlotSources && w.Sources.Count > 0) { d.Sources.Clear(); d.Sources.AddRange(w.Sources.Select(x => x with { Relation = "slot:" + x.Relation })); }
                    if (w.SlotTargets && w.Targets.Count > 0) { d.Targets.Clear(); d.Targets.AddRange(w.Targets.Select(x => x with { Relation = "slot:" + x.Relation })); }
                    if (w.SlotSources || w.SlotTargets) d.Sources.RemoveAll(x => d.Targets.Any(t => t.Actor.Id == x.Actor.Id));
                }
            }
        }
        result.Sort((a, b) => a.Predicate.CompareTo(b.Predicate));
        return result;
    }

    /// <summary>
    /// Whether a pattern's word is a noun in a phrase the pattern did not ask for that cannot hold what it names: one of
    /// role, likeness or concession ("as", "like", "despite"), or, for a seizure or an occupation [17x, 192], one of place
    /// ("at", "in", "near"). "Marra was arrested on Friday, as part of an investigation" matched APPREHEND's "- * PART
    /// [030]", written for "take part"; "the FBI arrested Mohamed at the city's airport" matched "- * AIRPORT [192]",
    /// written for seizing one. Other phrases stay ("pressing for the release of …" [1053], "requested $50 million in
    /// emergency assistance" [023]).
    /// </summary>
    private static bool InPhraseOutsidePattern(SentenceGraph g, int t, int[] patternWords, string code) =>
        PhraseOutsidePattern(g, t, patternWords) is { } prep &&
        (IsRoleOrLikeness(prep) ||
         (code.StartsWith("17", StringComparison.Ordinal) || code.StartsWith("192", StringComparison.Ordinal)) && prep is "AT" or "IN" or "NEAR" or "INSIDE" or "OUTSIDE");

    /// <summary>A preposition of role, likeness or concession ("as", "like", "despite"): its phrase names no one acted on.</summary>
    private static bool IsRoleOrLikeness(string prep) => prep is "AS" or "LIKE" or "DESPITE";

    /// <summary>The preposition of the phrase a pattern's noun <paramref name="t"/> lies in when the pattern did not ask for
    /// it ("adjacent to the embassy" for "- * EMBASSY"); null when the noun is in no such phrase.</summary>
    private static string? PhraseOutsidePattern(SentenceGraph g, int t, int[] patternWords)
    {
        if (g.Upos[t] is not ("NOUN" or "PROPN")) return null;
        // "led by voting-rights lawyer John Bonifaz": a noun modifying another lies in that one's phrase.
        if (g.Base[t] == "compound" && g.Head[t] >= 0 && g.Upos[g.Head[t]] is "NOUN" or "PROPN") t = g.Head[t];
        return g.MarkerOf(t) is >= 0 and var m && g.Base[m] == "case" && !patternWords.Contains(m) ? g.Lemma[m] : null;
    }

    /// <summary>
    /// Whether the parse puts token <paramref name="t"/> outside the phrase of verb <paramref name="v"/>: not below it, or
    /// in a subject on the way ("military officials say, the most likely plan will be …" must not take SAY's
    /// <c>- * PLAN [032]</c>: the plan is the subject of the main clause). Words in a clause under the verb stay in its
    /// phrase, as PETRARCH reads them ("Gollum allowed that Mordor isn't a pleasant place to visit").
    /// </summary>
    private static bool OutsideVerbPhrase(SentenceGraph g, int v, int t, int[] patternWords)
    {
        for (int x = t; x >= 0; x = g.Head[x])
        {
            if (x == v) return false;
            if (g.Base[x] is "nsubj" or "csubj") return true;
            // "linking the sites struck overnight with the embassy attacks": a word of a participle or relative clause
            // that modifies a noun belongs to that clause's verb, not to this one, unless the noun is the pattern's own
            // ("welcomed assurances on cultural issues sent from Bree" is "- * ASSURANCES_ON &TIETYPES FROM").
            if (x != t && g.Base[x] == "acl" && g.Upos[x] == "VERB" && !AnyOnChain(g, g.Head[x], v, patternWords)) return true;
        }
        return true;
    }

    private static bool AnyOnChain(SentenceGraph g, int from, int to, int[] tokens)
    {
        for (int x = from, guard = 0; x >= 0 && x != to && guard <= g.Count; x = g.Head[x], guard++)
            if (tokens.Contains(x)) return true;
        return false;
    }

    /// <summary>"Ratners, which controls 25% of the British jewelry market, would increase …": a name inside a relative
    /// clause of the subject is what that clause is about, not the subject (word order had made Britain increase).</summary>
    private static bool InRelativeClauseOf(SentenceGraph g, int subject, int t)
    {
        for (int x = t, guard = 0; x >= 0 && x != subject && guard <= g.Count; x = g.Head[x], guard++)
            if (g.Rel[x] == "acl:relcl") return true;
        return false;
    }

    /// <summary>"Elian's relatives in Miami have fought": the owner of a subject that names someone's kin or agents does not
    /// act with them (the subject itself names no actor; word order would take the owner).</summary>
    private static bool IsKinOwner(SentenceGraph g, int subject, TextSpan mention) =>
        IsOwnedByOthers(g.Lemma[subject]) && g.Children[subject].Any(c => IsOwnerPhrase(g, c) && g.Subtree(c).Any(t => g.Span(t).Overlaps(mention)));

    /// <summary>
    /// True when the parse gives the verb an active subject that does not hold the mention: the subject acts, even one that
    /// names no actor ("The spectacle … reinforced", "The approval … permits"), and an actor elsewhere before the verb
    /// is not its source; nor is the owner of kin the subject names, or a name in its relative clause.
    /// </summary>
    private static bool SubjectIsElsewhere(SentenceGraph g, int v, TextSpan mention)
    {
        // Only a name before the verb is read as its subject by word order; a speaker after it is another matter.
        if (mention.Start >= g.Span(v).Start) return false;
        // A coordinated verb without a subject of its own shares its first conjunct's ("Speaker after speaker denounced the
        // United States and extolled …"); without "and", "or" or "but" the coordination is more likely a misparse.
        while (g.FirstChild(v, "nsubj", "csubj") < 0 && g.Rel[v] == "conj" && g.Head[v] >= 0 && g.FirstChild(v, "cc") >= 0)
        {
            // "to carry out a blockade of Iraq and support a war": a name inside the first conjunct's object or oblique
            // is what that verb acts on, not the subject the two verbs share.
            int conjunct = v;
            v = g.Head[v];
            foreach (var c in g.Children[v])
                if (c < conjunct && g.Base[c] is "obj" or "iobj" or "obl" && g.Subtree(c).Any(t => g.Span(t).Overlaps(mention)))
                    return true;
        }
        // "wrote to Attorney General Janet Reno, demanding …", "completed missions to China and Japan, connecting with
        // buyers": a participle without a subject of its own is not done by whom or where the verb it hangs on goes to
        // (it may be by someone the verb's object names: "a strong response from … David Lammy, calling out Putin's
        // rejection").
        if (g.FirstChild(v, "nsubj", "csubj") < 0 && g.Base[v] == "advcl" && g.Token(v).Xpos == "VBG" && g.Head[v] is var governor and >= 0 &&
            governor < v && g.Upos[governor] == "VERB" && !g.Children[v].Any(c => g.Base[c] == "mark") && PhraseHead(g, mention) is var head and >= 0)
            for (int x = head; x >= 0 && x != governor; x = g.Head[x])
                if (g.Base[x] is "obl" or "nmod" && g.CaseOf(x) == "TO" && g.Dominates(governor, x)) return true;
        bool hasSubject = false;
        foreach (var c in g.Children[v])
        {
            // Any subject the parser gave counts as holding the mention ("UN secretary general Kofi Annan visits" has two).
            if (g.Base[c] is not ("nsubj" or "csubj")) continue;
            // A personal pronoun the coreference stage left unresolved does not say who acts ("Iraq until it retreats"),
            // and an adjective as subject is a misparse ("officials, eager to rebut …, hailed").
            hasSubject |= g.Rel[c] is "nsubj" or "csubj" && (g.Upos[c] is "NOUN" or "PROPN" or "NUM" || g.Rel[c] == "csubj" || RelativePronouns.Contains(g.Lemma[c]));
            foreach (var t in g.Subtree(c))
                if (g.Span(t).Overlaps(mention)) return IsKinOwner(g, c, mention) || InRelativeClauseOf(g, c, t);
        }
        // "The relatives want the court to let them meet with Elian's father": the object of "let" does what its
        // complement says, whoever stands before it ("urged Russia to withdraw" keeps Russia, the object).
        if (!hasSubject && g.Base[v] == "xcomp" && g.Head[v] is var h and >= 0 && g.Upos[h] == "VERB" && ObjectControlVerbs.Contains(g.Lemma[h]) &&
            g.FirstChild(h, "obj") is var o and >= 0 && !g.Subtree(o).Any(t => g.Span(t).Overlaps(mention)))
            return true;
        // "officials said that Gonzalez himself had to apply for the visa": an infinitive without an object above it is
        // done by the subject of the verb it complements, even one that names no actor (an "object" before that verb, the
        // "that" of a clause or a relative pronoun, is none).
        if (!hasSubject && g.Base[v] == "xcomp" && g.HasChild(v, "mark", "TO") && g.Head[v] is var ctl and >= 0 && ctl < v &&
            g.Upos[ctl] is "VERB" or "AUX" && !g.Children[ctl].Any(c => c > ctl && g.Base[c] is "obj" or "iobj"))
            return SubjectIsElsewhere(g, ctl, mention);
        return hasSubject;
    }

    /// <summary>
    /// "make his amends", "the door of his home", "referring to his son's death": a possessive pronoun owns a noun of its
    /// own, which word order cannot tell from the verb's target (of 17 such word-order targets in the news samples, 2 were
    /// right). The parse's own reading of an object's owner ("demand his return") is not affected, and one that stands
    /// for the event's own source still makes it no event ("Clinton met his advisers").
    /// </summary>
    private static bool IsPossessivePronoun(SentenceGraph g, TextSpan mention)
    {
        for (int i = 0; i < g.Count; i++)
            if (g.Span(i) == mention)
                return g.Upos[i] == "PRON" && (g.Form[i] is "HIS" or "ITS" or "THEIR" || g.Rel[i] == "nmod:poss");
        return false;
    }

    /// <summary>Whether a CAMEO actor code has the news-media role (MED) in one of its three-letter parts: MED, ---MED, USAMED.</summary>
    internal static bool IsNewsMedia(string? cameo) => ActorCodes.HasPart(cameo, "MED");

    /// <summary>Whether a statement's target is whom it is made to: an indirect object or a phrase with "to".</summary>
    /// <remarks>A name after "to" found by word order is one only when the parse puts it under the saying, not another verb:
    /// "Siemag says the four furnaces supplied to Kazchrome".</remarks>
    private static bool IsAddressee(SentenceGraph g, int p, Participant t)
    {
        if (t.Relation.Contains("iobj", StringComparison.Ordinal) || t.Relation.EndsWith(":to", StringComparison.Ordinal)) return true;
        for (int i = 1; i < g.Count; i++)
            if (g.Span(i).Start == t.Mention.Span.Start)
            {
                int to = g.Form[i - 1] == "TO" ? i - 1 : i > 1 && g.Form[i - 2] == "TO" && g.Upos[i - 1] == "DET" ? i - 2 : -1;
                return to >= 0 && !(to > 0 && NotAddresseeTo.Contains(g.Lemma[to - 1])) && (!g.IsParsed || NearestVerbAbove(g, i) == p);
            }
        return false;
    }

    /// <summary>The first verb above token <paramref name="i"/> in the parse; -1 when none.</summary>
    private static int NearestVerbAbove(SentenceGraph g, int i)
    {
        for (int x = g.Head[i], guard = 0; x >= 0 && guard <= g.Count; x = g.Head[x], guard++)
            if (g.Upos[x] is "VERB") return x;
        return -1;
    }

    /// <summary>Whether word order's target before passive verb <paramref name="v"/>, its subject by word order, is no
    /// subject by the parse (<see cref="SubjectIsElsewhere"/>): as with an active verb's word-order source, not when the
    /// parse gives the verb another subject or puts the name in a relative clause of its subject ("Anyone who sees either
    /// Murphy, the children, or the vehicle is urged to call police": Murphy is not urged).</summary>
    private static bool IsPassiveTargetElsewhere(SentenceGraph g, int v, Participant x) =>
        x.Relation == "before-verb" && SubjectIsElsewhere(g, v, x.Mention.Span);

    /// <summary>Whether a word-order side lies in another clause: what is said or agreed (<see cref="InClauseUnder"/>), or an
    /// adverbial clause of the verb ("praised the ruling, with both stressing their confidence that Juan Miguel Gonzalez is
    /// the best person": the father is not praised).</summary>
    private static bool InOtherClause(SentenceGraph g, int p, TextSpan mention) => InClauseUnder(g, p, mention) || InAdverbialClause(g, p, mention);

    /// <summary>
    /// Whether a mention lies in an adverbial clause of <paramref name="p"/> that a conjunction of time, cause, condition
    /// or circumstance opens: "praised the ruling, with both stressing their confidence that Juan Miguel Gonzalez is the
    /// best person" (the father is not praised); before the verb as after it ("If the … order that Elian must be returned
    /// to his father in Cuba is to be contested": Elian is not contested). Not a clause of purpose or means ("to protect
    /// the kingdom", "by calling on Arabs"), which word order often reads right, nor one the parse finds by its subject
    /// alone ("seize the money that Mr. Antar is using", a relative clause).
    /// </summary>
    private static bool InAdverbialClause(SentenceGraph g, int p, TextSpan mention) =>
        g.Children[p].Any(c => g.Base[c] == "advcl" && g.SubtreeHolds(c, mention) &&
                               g.Children[c].Any(k => k < c && g.Base[k] == "mark" && ClauseConjunctions.Contains(g.Lemma[k])));

    /// <summary>Words that open a subordinate clause with a subject of its own: "as the enclave dissolved".</summary>
    private static readonly FrozenSet<string> ClauseOpeners = Set("AS", "WHILE", "WHEN", "BECAUSE", "AFTER", "BEFORE", "SINCE",
        "ALTHOUGH", "THOUGH", "UNTIL", "WHEREAS", "IF", "UNLESS");

    /// <summary>The conjunctions that open an adverbial clause of the verb, as the parse marks them: the clause openers,
    /// and "with", "whenever" and "once".</summary>
    private static readonly FrozenSet<string> ClauseConjunctions = Set([.. ClauseOpeners, "WITH", "WHENEVER", "ONCE"]);

    /// <summary>Whether the parse puts a mention inside a clause of its own under <paramref name="p"/> ("said that Russia …", "spoke, warning Russia").</summary>
    private static bool InClauseUnder(SentenceGraph g, int p, TextSpan mention)
    {
        // PETRARCH reads "allowed that Mordor …" with Mordor as the target; only what is said is kept apart from the saying,
        // and what is agreed to be so: "agreed that there might be political hay to be made in Slepian's death", "seem to
        // agree the boy should go back to Cuba" (not what one agrees to do: "agreed to hand them over").
        if (AgreeVerbs.Contains(g.Lemma[p])) return InFiniteComplement(g, p, mention);
        if (!SpeechVerbs.Contains(g.Lemma[p])) return false;
        if (g.Children[p].Any(c => g.Base[c] is "ccomp" or "advcl" && g.SubtreeHolds(c, mention))) return true;
        return AfterSayingMark(g, p, mention.Start);
    }

    /// <summary>
    /// Whether a mention lies in a finite clause under <paramref name="p"/>: a complement with a subject of its own or
    /// "that", or anything after "that" (however tagged: "agreed in a phone call that Russian investigators would fly",
    /// parsed as a relative pronoun) or after the subject of a later verb following <paramref name="p"/> ("seem to
    /// agree the boy should go back to Cuba", parsed with "go" as the sentence's root), or before a predicate with a
    /// finite copula.
    /// </summary>
    private static bool InFiniteComplement(SentenceGraph g, int p, TextSpan mention)
    {
        if (g.Children[p].Any(c => g.Base[c] == "ccomp" && g.Children[c].Any(k => g.Base[k] is "nsubj" or "expl" || g.Base[k] == "mark" && g.Lemma[k] == "THAT") &&
                                   g.SubtreeHolds(c, mention)))
            return true;
        for (int k = p + 1; k < g.Count && g.Span(k).End <= mention.Start; k++)
            if (g.Form[k] == "THAT" && g.Upos[k] != "DET" || g.Base[k] == "nsubj" && g.Head[k] > p) return true;
        // "agrees offences committed by children in Far North Queensland are a major problem", parsed as an object and a
        // predicate: the finite copula makes it a clause, and all between the verb and the predicate is in it.
        return g.Children[p].Any(c => c > p && g.Base[c] == "xcomp" && g.Children[c].Any(k => g.Base[k] == "cop" && g.Form[k] is "IS" or "ARE" or "WAS" or "WERE") &&
                                      mention.Start >= g.Span(p).End && mention.End <= g.Span(c).End);
    }

    /// <summary>
    /// Whether text at <paramref name="start"/> follows "that", a colon, an opening quote or a subject after the speech
    /// verb <paramref name="p"/>: what is said, however the parse hangs it ("said Thursday that the troops …" under
    /// Thursday, "told donors that Putin had …" as a relative clause).
    /// </summary>
    private static bool AfterSayingMark(SentenceGraph g, int p, int start)
    {
        for (int k = p + 1; k < g.Count && g.Span(k).End <= start; k++)
        {
            if (g.Form[k] is "THAT" or ":" or "``" or "\"" or "\u201C") return true;
            // "He said Western countries pressured Russia for the truce", parsed with "countries" as the object (or a second
            // subject) of "said": a subject or a noun said after the verb starts the clause said (the speaker after it,
            // "…, said Putin", comes before nothing the verb's pattern could name).
            if (g.Head[k] == p && (g.Base[k] == "nsubj" || g.Base[k] == "obj" && SayingVerbs.Contains(g.Lemma[p]) && g.Upos[k] is "NOUN" or "PROPN")) return true;
        }
        return false;
    }

    /// <summary>
    /// A parse-based draft whose sides are two or more coordinated subjects (its own, or those of the verb it is coordinated
    /// with: "Russia and Turkey have co-sponsored … and also discussed") and no target, of something two parties do
    /// together (<see cref="IsDoneTogether"/>), is done by each to the others.
    /// </summary>
    private static bool IsReciprocal(SentenceGraph g, EventDraft d) =>
        d.Targets.Count == 0 && d.Sources.Count >= 2 && d.IdSuffix.Length == 0 && !d.FromWordOrder &&
        d.Sources.All(x => (x.Relation.StartsWith("nsubj", StringComparison.Ordinal) || x.Relation.StartsWith("conj-subject", StringComparison.Ordinal)) &&
                           !x.Relation.StartsWith("nsubj:pass", StringComparison.Ordinal)) &&
        IsDoneTogether(g, d.Predicate, d.Code);

    /// <summary>Whether verb <paramref name="v"/> coded <paramref name="code"/> is something two parties do together:
    /// consult, cooperate, agree (CAMEO 03–06), clash and fight, or anything done to an object they share ("delayed their
    /// meeting").</summary>
    private static bool IsDoneTogether(SentenceGraph g, int v, string code) =>
        code.Length >= 2 && code[0] == '0' && code[1] is >= '3' and <= '6' || ClashVerbs.Contains(g.Lemma[v]) || HasSharedObject(g, v);

    /// <summary>
    /// Word order reads coordinated actors before a verb without an object as acting on each other ("Gondor and Osgiliath
    /// renewed ties"), as PETRARCH does. Over a parse that pair is kept only when the verb is something two parties do
    /// together — consult, cooperate, agree (CAMEO 03–06), clash and fight, or anything done to an object they share
    /// ("delayed their meeting") — and both actors are the verb's subjects (one the subject, the other conjoined or in
    /// apposition to it). Not: "the FBI and Kenyan police said" (each made a statement),
    /// "bombings in Nairobi, Kenya, and Dar es Salaam, Tanzania, killed" (places, and not the subject), "the meeting
    /// between Zelenskyy and Erdoğan will take place" (inside a phrase that the noun codes already).
    /// </summary>
    private static bool ParseConfirmsReciprocal(SentenceGraph g, EventDraft pair)
    {
        int v = pair.Predicate;
        return IsDoneTogether(g, v, pair.Code) && pair.Sources.Count == 1 && pair.Targets.Count == 1 &&
               IsSubjectOf(g, v, pair.Sources[0].Mention.Span) && IsSubjectOf(g, v, pair.Targets[0].Mention.Span);
    }

    /// <summary>Weapons and measures: what is fired or imposed, whose owner is the one who fires or imposes it.</summary>
    private static readonly FrozenSet<string> InstrumentNouns = Set(
        "MISSILE", "ROCKET", "DRONE", "BOMB", "SHELL", "BULLET", "GRENADE", "MORTAR", "WEAPON", "SANCTION", "RESOLUTION",
        "TARIFF", "EMBARGO", "BAN", "MEASURE", "RESTRICTION", "DECREE");

    /// <summary>Buildings that, named before an attack ("the embassy bombing"), were what it struck.</summary>
    private static readonly FrozenSet<string> AttackedBuildings = Set("EMBASSY", "CONSULATE", "BASE", "HOTEL", "SCHOOL", "CHURCH", "MOSQUE",
        "SYNAGOGUE", "TEMPLE", "HOSPITAL", "MARKET", "STATION", "AIRPORT", "BARRACKS", "CLINIC", "RESTAURANT", "CAFE", "CLUB", "STADIUM");

    private static readonly FrozenSet<string> ClashVerbs = Set("CLASH", "FIGHT", "BATTLE", "SKIRMISH", "SPAR", "FEUD", "WRANGLE");

    /// <summary>"… delayed their meeting", "… blamed each other": an object the subjects share, so the verb is done between them.</summary>
    private static bool HasSharedObject(SentenceGraph g, int v)
    {
        foreach (int o in g.Children[v])
        {
            if (g.Base[o] is not ("obj" or "obl")) continue;
            if (g.Form[o] == "OTHER" && g.Children[o].Any(c => g.Form[c] == "EACH")) return true;
            if (g.Form[o] == "ANOTHER" && g.Children[o].Any(c => g.Form[c] == "ONE")) return true;
            if (g.Base[o] == "obj" && g.Children[o].Any(c => g.Base[c] == "nmod" && g.Rel[c] == "nmod:poss" && g.Form[c] == "THEIR")) return true;
        }
        return false;
    }

    /// <summary>The mention holds the verb's subject, or a word conjoined or in apposition to it ("Kenya and Tanzania
    /// agreed", "old foes Gondor and Osgiliath renewed ties": both).</summary>
    private static bool IsSubjectOf(SentenceGraph g, int v, TextSpan mention)
    {
        for (int t = 0; t < g.Count; t++)
        {
            if (!mention.Contains(g.Span(t))) continue;
            int n = t;
            while (n >= 0 && g.Base[n] is "conj" or "appos" or "flat" or "compound") n = g.Head[n];
            if (n >= 0 && g.Base[n] == "nsubj" && g.Head[n] == v) return true;
        }
        return false;
    }

    private static readonly FrozenSet<string> WherePrepositions = Set("IN", "AT", "ACROSS", "NEAR", "INSIDE", "THROUGHOUT", "WITHIN", "AROUND", "OUTSIDE", "ALONG", "THROUGH");

    /// <summary>
    /// "marched Sunday in downtown Istanbul", "assembled in the Philippines": a place in a phrase of location attached to
    /// the verb itself says where, not who is acted on. Word order, which takes the first actor after the verb, had made
    /// it the target; the places stage gives the event its place. A place that qualifies the object stays a target, as
    /// in PETRARCH ("criticized the closure of guest houses in Bree"), and so does where one comes from ("depart from Libya").
    /// </summary>
    private static bool IsWherePhrase(SentenceGraph g, int v, TextSpan mention)
    {
        int t = PhraseHead(g, mention);
        if (t < 0) return false;
        int h = g.Head[t];
        if (h == v) return g.Base[t] == "obl" && HasWherePreposition(g, t) && g.IsPlace(t);
        // "arrested a man in the Orlando nightclub shooting", "rallied in some of Cuba's biggest gatherings", "detained
        // in the coastal town of Izmir", "seized a car bomb … in a town bordering Northern Ireland": a place named inside
        // such a phrase, as a modifier of what it is about, is no one acted on either.
        if (!g.IsPlace(t) || !(g.Base[t] is "compound" or "amod" or "nmod" || g.Base[t] == "obj" && h >= 0 && g.Base[h] == "acl")) return false;
        int branch = g.BranchUnder(v, h);
        if (branch >= 0 && g.Base[branch] == "obl" && HasWherePreposition(g, branch)) return true;
        // "Phone communication in the city of Tabriz has also been disrupted": a place of where inside the passive
        // subject's phrase says where what underwent the act is.
        if (branch < 0 || g.Rel[branch] != "nsubj:pass") return false;
        for (int x = t; x >= 0 && x != branch; x = g.Head[x])
            if (g.Base[x] == "nmod" && HasWherePreposition(g, x)) return true;
        return false;
    }

    /// <summary>Whether the phrase of token <paramref name="x"/> opens with a preposition of where ("in", "at", "near" …).</summary>
    private static bool HasWherePreposition(SentenceGraph g, int x) => g.CaseOf(x) is { } prep && WherePrepositions.Contains(prep);

    /// <summary>The token of a parsed sentence that heads a mention's words (the first whose head lies outside the
    /// mention), or -1 when the sentence has no parse or no token of the mention.</summary>
    private static int PhraseHead(SentenceGraph g, TextSpan mention)
    {
        if (!g.IsParsed) return -1;
        for (int t = 0; t < g.Count; t++)
            if (mention.Contains(g.Span(t)) && !(g.Head[t] >= 0 && mention.Contains(g.Span(g.Head[t])))) return t;
        return -1;
    }

    /// <summary>
    /// "A suicide car bomb in central Turkey has killed 13 soldiers", "should peace efforts in the province of Kosovo fail",
    /// "riot police deployed in Nigeria's southern commercial capital Lagos, to break up a protest rally", "bombings at U.S.
    /// embassies in Kenya and Tanzania blew apart buildings": a place named in a phrase of where that belongs to a verb, to
    /// a thing or to another actor says where, not who acts. Word order, which falls back on an actor after a preposition
    /// when no other stands before the verb, had made it the source. A place in such a phrase of a name no dictionary knows
    /// ("the Southern Poverty Law Center in Montgomery, Alabama") still gives that group's country.
    /// </summary>
    private static bool IsPlaceOfWhere(SentenceGraph g, ActorIndex actors, TextSpan mention)
    {
        int t = PhraseHead(g, mention);
        if (t < 0 || !g.IsPlace(t)) return false;
        if (InPhraseOfWhere(g, actors, t)) return true;
        // "began a two day rally in the capital, Abuja, to urge him": a place set off by a comma after a noun in a phrase
        // of where is that noun's place, however the parse hangs it.
        int f = g.FirstTokenIn(mention);
        return f >= 2 && g.Form[f - 1] == "," && g.Upos[f - 2] is "NOUN" or "PROPN" && InPhraseOfWhere(g, actors, f - 2);
    }

    /// <summary>Whether token <paramref name="t"/>, or the place it names with the words above it, is in a phrase of where
    /// of a verb, an adjective, a noun or an actor (see <see cref="IsPlaceOfWhere"/>).</summary>
    private static bool InPhraseOfWhere(SentenceGraph g, ActorIndex actors, int t)
    {
        for (int x = t, guard = 0; x >= 0 && guard <= g.Count; x = g.Head[x], guard++)
        {
            if (g.Base[x] is "obl" or "nmod" && HasWherePreposition(g, x))
            {
                int h = g.Head[x];
                // "a civil rights monitoring group based in Montgomery, Alabama": a participle that describes a noun
                // places the noun's group, as the name's own phrase of where does.
                if (h < 0 || g.Base[h] == "acl") return false;
                // "marched Sunday in downtown Istanbul", parsed with the place under the day: a time has no place of its own.
                return g.Upos[h] is "VERB" or "AUX" or "ADJ" || actors.At(g.First + h) is not null || g.Upos[h] == "NOUN" || g.IsTime(h);
            }
            // Up through the words that name the same place: "the Tanzanian capital of Dar es Salaam", "Kenya and Tanzania".
            if (!(g.Base[x] is "appos" or "flat" or "conj" or "compound" or "amod" || g.Base[x] == "nmod" && g.CaseOf(x) == "OF")) return false;
        }
        return false;
    }

    /// <summary>
    /// "James A. Taylor, who stepped down as chairman, president and chief executive", "Bin Laden, indicted as the architect
    /// of the twin bombings of American embassies": a phrase of role attached to the verb says what its subject or object is
    /// or was, and no one named inside it is acted on. Word order, which takes the first actor after the verb, had made
    /// "president" the US government and the embassies the target of an indictment.
    /// </summary>
    private static bool IsRolePhrase(SentenceGraph g, int v, TextSpan mention)
    {
        int t = PhraseHead(g, mention);
        int branch = t >= 0 ? g.BranchUnder(v, t) : -1;
        return branch >= 0 && g.Base[branch] == "obl" && g.CaseOf(branch) == "AS";
    }

    /// <summary>"… crowds burned down its embassy, a senior official said", "Any decision to expel Sinn Fein must be agreed
    /// jointly by the governments": the parse makes the actor another verb's subject or agent, so it is not this verb's
    /// target.</summary>
    private static bool SubjectOfOtherVerb(SentenceGraph g, int p, TextSpan mention)
    {
        for (int t = 0; t < g.Count; t++)
        {
            if (!mention.Contains(g.Span(t)) || !(g.Base[t] == "nsubj" || g.Rel[t] == "obl:agent")) continue;
            int h = g.Head[t];
            if (h != p && h >= 0 && (g.Upos[h] == "VERB" || g.Upos[h] is "NOUN" or "PROPN" && g.FirstChild(h, "cop") >= 0) && !g.Dominates(p, h)) return true;
        }
        return false;
    }

    /// <summary>"dreaming for the family to allow Cuban spies", "called on all states to cooperate": the "for" or "on"
    /// phrase right before an infinitive, which is its subject; -1 when none.</summary>
    private static int ForSubject(SentenceGraph g, int p)
    {
        if (g.Head[p] < 0 || !g.HasChild(p, "mark", "TO")) return -1;
        int h = g.Head[p];
        int c = g.Children[h].LastOrDefault(c => c < p && g.Base[c] is "obl" or "nmod" &&
            (g.CaseOf(c) == "FOR" || g.CaseOf(c) is "ON" or "UPON" && CalledOnVerbs.Contains(g.Lemma[h])), -1);
        return c >= 0 && g.Subtree(c).Max() + 1 == g.Subtree(p).Min() ? c : -1;
    }

    /// <summary>Verbs whose "on" phrase names who is to do the infinitive after it: "called on all states to cooperate",
    /// "relied on China to supply"; not "imposed on Libya to force".</summary>
    private static readonly FrozenSet<string> CalledOnVerbs = Set("CALL", "PREVAIL", "RELY", "COUNT", "DEPEND");

    /// <summary>Whether word order's source of <paramref name="v"/> is no source by the parse: in a clause said or agreed
    /// under the verb, a modifier of an event noun, or (unless the pattern's slot named it) after a later clause's
    /// subject, held by another subject, a place of where, outside the where-clause the verb is in, before a speaker's
    /// "I", a nationality of a thing, outside the body a participle describes, a party "among" a subject that is no actor,
    /// who opposes the attempt the verb is part of, outside the "for" phrase that is the verb's subject, the owner of kin,
    /// in an adverbial clause of the verb ("if you talk to leaders of those religions, donation is … endorsed"), or what a
    /// verb inside the subject's phrase acts on.</summary>
    private static bool IsNoWordOrderSource(SentenceGraph g, ActorIndex actors, int v, TextSpan mention, bool slot) =>
        InClauseUnder(g, v, mention) || ModifiesEventNoun(g, mention) ||
        !slot && (AfterLaterSubject(g, v, mention) || SubjectIsElsewhere(g, v, mention) || IsPlaceOfWhere(g, actors, mention) ||
                  OutsideWhereClause(g, v, mention) || BeforeSpeakerSubject(g, v, mention) || DescribesThingSubject(g, actors, v, mention) ||
                  OutsideParticipleHead(g, actors, v, mention) || AmongSubjectsParties(g, actors, v, mention) || OpposesTheAttempt(g, v, mention) ||
                  ForSubject(g, v) is var forSubject and >= 0 && !g.SubtreeHolds(forSubject, mention) || OwnsKin(g, mention) ||
                  InAdverbialClause(g, v, mention) || ObjectOfOtherVerb(g, v, mention) || ComplementOfAdjective(g, mention));

    /// <summary>"attacks …, including at a Crusader castle popular with tourists, killing four members of the Jordanian
    /// security forces": the people an adjective is about ("popular with", "angry at", "loyal to") do nothing the sentence
    /// says (word order had the tourists killing).</summary>
    private static bool ComplementOfAdjective(SentenceGraph g, TextSpan mention) =>
        PhraseHead(g, mention) is var t and >= 0 && g.Base[t] == "obl" && g.Head[t] >= 0 && g.Upos[g.Head[t]] == "ADJ" && g.CaseOf(t) is not null;

    /// <summary>"A militant group responsible for a string of deadly attacks targeting Egyptian security forces condemned
    /// the bombing": what a verb inside the subject's phrase acts on is not who does this one.</summary>
    private static bool ObjectOfOtherVerb(SentenceGraph g, int v, TextSpan mention) =>
        ObjectVerbOf(g, mention) is var h and >= 0 && h != v && g.FirstChild(v, "nsubj") is var s and >= 0 && s != h && g.Dominates(s, h);

    /// <summary>The verb whose object or indirect object the mention's phrase is, else -1.</summary>
    private static int ObjectVerbOf(SentenceGraph g, TextSpan mention) =>
        PhraseHead(g, mention) is var t and >= 0 && g.Base[t] is "obj" or "iobj" && g.Head[t] is var h and >= 0 && g.Upos[h] == "VERB" ? h : -1;

    /// <summary>"the Iraqis have resisted attempts to inspect such quarters", "would block any attempt to take Elian": who
    /// resists or blocks an attempt, plan or effort does not make it.</summary>
    private static bool OpposesTheAttempt(SentenceGraph g, int v, TextSpan mention)
    {
        if (g.Rel[v] != "acl" || !g.HasChild(v, "mark", "TO")) return false;
        int n = g.Head[v];
        if (n < 0 || !PlanNouns.Contains(g.Lemma[n]) || g.Base[n] != "obj" || g.Head[n] < 0 || !OpposingVerbs.Contains(g.Lemma[g.Head[n]])) return false;
        int s = g.FirstChild(g.Head[n], "nsubj");
        return s >= 0 && g.SubtreeHolds(s, mention);
    }

    /// <summary>Verbs whose subject stands against what their object attempts or plans.</summary>
    private static readonly FrozenSet<string> OpposingVerbs = Set("RESIST", "BLOCK", "REJECT", "OPPOSE", "FOIL", "THWART", "PREVENT",
        "CONDEMN", "DENOUNCE", "FIGHT", "CRITICIZE", "CRITICISE", "STOP", "DEFEAT", "FRUSTRATE", "HAMPER", "REBUFF", "RESENT", "OBSTRUCT");

    /// <summary>"Confrontations among Catholic protesters, Protestant marchers and the police have provoked widespread
    /// violence": the parties named "among" or "between" in the verb's subject, a thing that is no actor, do not do
    /// what the thing does.</summary>
    /// <remarks>The parse may cut the list short and make its last name a second subject of the verb, so every name
    /// between the "among" and the verb counts.</remarks>
    private static bool AmongSubjectsParties(SentenceGraph g, ActorIndex actors, int v, TextSpan mention)
    {
        int s = g.FirstChild(v, "nsubj");
        if (s < 0 || s > v || g.Upos[s] != "NOUN" || actors.At(g.First + s) is not null) return false;
        int t = g.FirstTokenIn(mention);
        return t > s && t < v && g.Children[s].Any(c => c < t && g.Base[c] == "nmod" && g.CaseOf(c) is "AMONG" or "BETWEEN");
    }

    /// <summary>"Abdul Latif Shekar, a customs officer in Egypt, a country participating in the alliance": a participle
    /// that describes a country, group or company is done by it; when no actor is named in its phrase, a name outside is
    /// not who does it. (A motion, document or affidavit "asking …" or "alleging …" speaks for whoever filed it, whom word
    /// order finds.)</summary>
    private static bool OutsideParticipleHead(SentenceGraph g, ActorIndex actors, int v, TextSpan mention)
    {
        if (g.Rel[v] != "acl" || g.Token(v).Xpos != "VBG") return false;
        int h = g.Head[v];
        return h >= 0 && g.Upos[h] == "NOUN" && BodyNouns.Contains(g.Lemma[h]) && actors.At(g.First + h) is null && !g.SubtreeHolds(h, mention);
    }

    /// <summary>Nouns of a country or body that acts as one.</summary>
    private static readonly FrozenSet<string> BodyNouns = Set("COUNTRY", "NATION", "STATE", "GROUP", "ORGANIZATION", "ORGANISATION",
        "COMPANY", "FIRM", "PARTY", "MOVEMENT", "AGENCY", "ALLIANCE", "COALITION");

    /// <summary>"an exhibit meant to highlight Russian culture reinforced the sense of unease", "planned to visit Russian gas
    /// giant Gazprom, most likely to discuss": a nationality describing a thing that is no actor, weapon or force — the
    /// verb's subject, or another verb's object — is not who does the verb.</summary>
    private static bool DescribesThingSubject(SentenceGraph g, ActorIndex actors, int v, TextSpan mention)
    {
        int t = g.FirstTokenIn(mention);
        if (t < 0 || g.Base[t] != "amod" || g.Upos[t] != "ADJ") return false;
        int h = g.Head[t];
        if (h < 0 || g.Upos[h] != "NOUN" || actors.At(g.First + h) is not null || ForceNouns.Contains(g.Lemma[h]) || InstrumentNouns.Contains(g.Lemma[h])) return false;
        // The subject of the verb, or the object of another verb before it ("meant to highlight Russian culture reinforced").
        return g.Head[h] == v && g.Base[h] == "nsubj" || g.Head[h] >= 0 && g.Head[h] != v && g.Base[h] == "obj" && g.Upos[g.Head[h]] == "VERB";
    }

    /// <summary>"… that killed 224 people, police said": a name between a comma and a verb of saying right after it is
    /// who says so, however the parse hangs it.</summary>
    private static bool IsParentheticalSpeaker(SentenceGraph g, TextSpan mention)
    {
        int first = g.FirstTokenIn(mention);
        if (first < 0) return false;
        int last = first;
        while (last + 1 < g.Count && mention.Contains(g.Span(last + 1))) last++;
        if (last + 1 >= g.Count || !SpeechVerbs.Contains(g.Lemma[last + 1])) return false;
        int before = first - 1;
        while (before >= 0 && g.Upos[before] is "DET" or "ADJ") before--;
        return before >= 0 && g.Form[before] == ",";
    }

    /// <summary>"Eleven people, none of them Americans, died in the blast", "will entitle holders of its shares, except
    /// residents in the U.S. and Britain, to subscribe": a name "none of them" says the group is not, or that an
    /// "except" or "excluding" phrase leaves out, is no side of what the group does or suffers.</summary>
    private static bool IsDenied(SentenceGraph g, TextSpan mention)
    {
        int t = g.FirstTokenIn(mention);
        if (t < 1) return false;
        for (int j = t - 1; j >= 0 && j >= t - 8 && g.Form[j] is not ("," or ";" or ":" or "--"); j--)
            if (g.Form[j] is "EXCEPT" or "EXCLUDING") return true;
        if (t < 3) return false;
        int k = t - 1;
        while (k >= 2 && g.Upos[k] is "DET" or "ADJ" or "NUM") k--;
        return g.Form[k] is "THEM" or "WHOM" or "THOSE" && g.Form[k - 1] == "OF" && g.Form[k - 2] == "NONE";
    }

    /// <summary>"According to sources quoted by the Miami Herald, Munero had fled to Florida": who is cited for a report
    /// — everything from "according to" to the next comma — is no side of what it reports.</summary>
    private static bool InAccordingToPhrase(SentenceGraph g, TextSpan mention)
    {
        int t = g.FirstTokenIn(mention);
        for (int j = t - 1; j >= 0; j--)
        {
            if (g.Form[j] is "," or ";" or ":") return false;
            if (g.Form[j] == "ACCORDING" && j + 1 < g.Count && g.Form[j + 1] == "TO") return true;
        }
        return false;
    }

    /// <summary>"to tell their story, and sometimes, I have to give people permission": a verb whose subject is "I", "we"
    /// or "you" (whoever speaks or is spoken to) is not done by a name before that subject, as it may be by one before an
    /// unresolved "it" or "they".</summary>
    private static bool BeforeSpeakerSubject(SentenceGraph g, int v, TextSpan mention)
    {
        int s = g.FirstChild(v, "nsubj");
        for (int guard = 0; s < 0 && guard < 4 && g.Base[v] is "xcomp" && g.Head[v] >= 0; guard++)
        {
            v = g.Head[v];
            s = g.FirstChild(v, "nsubj");
        }
        // "She is, I can assure you": the parse may give the verb an earlier subject as well; any speaker subject counts.
        return s >= 0 && g.Children[v].Any(c => g.Base[c] == "nsubj" && g.Lemma[c] is "I" or "WE" or "YOU" && mention.End <= g.Span(c).Start);
    }

    /// <summary>"the only region in Canada and the United States where it is prohibited to make a right turn", "the town
    /// where police arrested him": the noun a relative clause of place or time hangs on, and anything before it, is where
    /// or when the clause's act happens, not a side of it.</summary>
    private static bool OutsideWhereClause(SentenceGraph g, int v, TextSpan mention)
    {
        int x = v;
        for (int guard = 0; guard < 4 && x >= 0 && g.Rel[x] != "acl:relcl"; guard++)
            x = g.Base[x] is "xcomp" or "advcl" or "conj" or "ccomp" ? g.Head[x] : -1;
        if (x < 0 || g.Rel[x] != "acl:relcl" || !g.Children[x].Any(c => g.Base[c] == "advmod" && g.Lemma[c] is "WHERE" or "WHEN")) return false;
        return !g.SubtreeHolds(x, mention);
    }

    /// <summary>Whether the parse puts word order's target of <paramref name="v"/> elsewhere: another verb's subject, a later
    /// clause, the noun a where-clause hangs on, a phrase of where, of role, of leave or of cause, where a journey goes, an
    /// act prevented or one with a subject phrase of its own, the owner of kin or adversaries, the object of the verb
    /// above a participle.</summary>
    private static bool TargetBelongsElsewhere(SentenceGraph g, int v, TextSpan mention) =>
        IsParentheticalSpeaker(g, mention) || SubjectOfOtherVerb(g, v, mention) || AfterLaterSubject(g, v, mention) || OutsideWhereClause(g, v, mention) ||
        IsWherePhrase(g, v, mention) || IsRolePhrase(g, v, mention) || IsDestinationPhrase(g, mention) || InLeavePhrase(g, v, mention) ||
        InPreventedAct(g, v, mention) || InCauseOrTimePhrase(g, v, mention) || OwnsKin(g, mention) || ObjectOfGoverningVerb(g, v, mention);

    /// <summary>"One proposal supported by at least several provinces has asked Ottawa": what the verb above a participle
    /// that describes a noun acts on is not what the participle acts on.</summary>
    private static bool ObjectOfGoverningVerb(SentenceGraph g, int v, TextSpan mention) =>
        g.Base[v] == "acl" && ObjectVerbOf(g, mention) is var h and >= 0 && h != v && g.Dominates(h, v);

    /// <summary>"met with Brunson's wife", "the relatives want the court to let them meet with Elian's father", "the sister
    /// of the Cuban dictator walked", "Opponents of President Bashar Assad accused": the owner of kin, agents or
    /// adversaries named with them is not who they are.</summary>
    private static bool OwnsKin(SentenceGraph g, TextSpan mention) =>
        PhraseHead(g, mention) is var t and >= 0 && g.Head[t] >= 0 && IsOwnedByOthers(g.Lemma[g.Head[t]]) && IsOwnerPhrase(g, t);

    /// <summary>Whether token <paramref name="t"/> heads its noun's owner: a possessive ("Elian's") or an "of" phrase ("of
    /// the Cuban dictator").</summary>
    private static bool IsOwnerPhrase(SentenceGraph g, int t) => g.Rel[t] == "nmod:poss" || g.Base[t] == "nmod" && g.CaseOf(t) == "OF";

    /// <summary>Whether a noun names people by whose kin, agents or adversaries they are (<see cref="EnglishWords.KinNouns"/>,
    /// <see cref="EnglishWords.AdversaryNouns"/>).</summary>
    private static bool IsOwnedByOthers(string lemma) => EnglishWords.KinNouns.Contains(lemma) || EnglishWords.AdversaryNouns.Contains(lemma);

    /// <summary>"are not used to having to pay for training because of the USDA and other programs": whoever a phrase of
    /// cause names is why, not whom, the verb acts on; "has mobilized since Iraq's invasion": a phrase of time says when.</summary>
    private static bool InCauseOrTimePhrase(SentenceGraph g, int p, TextSpan mention)
    {
        for (int x = PhraseHead(g, mention); x >= 0 && x != p; x = g.Head[x])
            if (g.Base[x] is "obl" or "nmod" && g.CaseOf(x) is "BECAUSE" or "DUE" or "OWING" or "THANKS" or "SINCE" or "UNTIL" or "AMID") return true;
        return false;
    }

    /// <summary>"The police barred the crowd from reaching the Yugoslavian consulate", "kept the planes from attacking
    /// Kuwait": what the act under "from" would have reached is not what the barring acts on; its object before "from"
    /// is. So for an infinitive with a subject phrase of its own.</summary>
    private static bool InPreventedAct(SentenceGraph g, int p, TextSpan mention)
    {
        int obj = g.FirstChild(p, "obj");
        for (int x = PhraseHead(g, mention); x >= 0 && x != p; x = g.Head[x])
        {
            if (obj >= 0 && x > obj && g.Upos[x] == "VERB" && g.HasChild(x, "mark", "FROM") && g.Dominates(p, x)) return true;
            // "called on all states to cooperate with authorities": an infinitive with a subject phrase of its own acts on
            // what it names.
            if (g.Head[x] == p && ForSubject(g, x) >= 0) return true;
        }
        return false;
    }

    /// <summary>Whether the mention lies in a phrase under <paramref name="p"/> of whose leave or help it is done: "attacking
    /// without UN approval", "with NATO support". Such an actor is no victim.</summary>
    private static bool InLeavePhrase(SentenceGraph g, int p, TextSpan mention)
    {
        for (int x = g.FirstTokenIn(mention); x >= 0 && x != p; x = g.Head[x])
            if (g.CaseOf(x) is "WITHOUT" || g.CaseOf(x) is "WITH" && LeaveNouns.Contains(g.Lemma[x])) return true;
        return false;
    }

    private static readonly FrozenSet<string> LeaveNouns = Set("APPROVAL", "SUPPORT", "HELP", "BACKING", "PERMISSION", "CONSENT",
        "AID", "ASSISTANCE", "BLESSING", "AUTHORIZATION", "AUTHORISATION", "MANDATE");

    /// <summary>"who oppose the boy's return to Cuba": where a journey goes is not the one a verb before it acts on.</summary>
    private static bool IsDestinationPhrase(SentenceGraph g, TextSpan mention)
    {
        int t = PhraseHead(g, mention);
        return t >= 0 && g.Base[t] == "nmod" && g.Head[t] >= 0 && g.CaseOf(t) is { } prep && IsDestination(g, g.Head[t], prep);
    }

    /// <summary>Whether a phrase of preposition <paramref name="preposition"/> under noun <paramref name="n"/> is where a
    /// journey goes: "return to Cuba", "extradition to the United States".</summary>
    private static bool IsDestination(SentenceGraph g, int n, string preposition) =>
        preposition is "TO" or "INTO" or "TOWARD" or "TOWARDS" && JourneyNouns.Contains(g.Lemma[n]);

    /// <summary>Nouns of someone going or being sent somewhere.</summary>
    private static readonly FrozenSet<string> JourneyNouns = Set("RETURN", "REPATRIATION", "DEPORTATION", "EXTRADITION", "TRANSFER",
        "RELOCATION", "TRIP", "JOURNEY", "TRAVEL", "MOVE", "VOYAGE", "FLIGHT", "EXPULSION", "RESETTLEMENT", "HOMECOMING");

    /// <summary>"did not invite this speaker to our campus nor do we endorse President Obama": a name after the subject
    /// of a later clause ("we") belongs to that clause, not to the verb before it, however the two are coordinated.</summary>
    private static bool AfterLaterSubject(SentenceGraph g, int p, TextSpan mention)
    {
        for (int k = p + 1; k < g.Count && g.Span(k).End <= mention.Start; k++)
            if (g.Base[k] is "nsubj" or "expl" && g.Head[k] > k && g.Head[k] != p) return true;
        return false;
    }

    /// <summary>
    /// "a woman believed linked to Al-Qaeda", "the ceasefire brokered by Turkey": a past participle modifying a noun without a
    /// subject of its own is passive, and the noun is what it is done to (word order, which reads the word before a verb as its
    /// subject, gets it backwards).
    /// </summary>
    /// A participle with an object ("police arrested students" read as a modifier of "police") or hanging on a noun that
    /// is itself the root (a main verb the parser demoted) is not taken for one, unless it has its own "by" agent
    /// ("fighters taken hostage by the rebels").
    /// The tagger sometimes reads such a participle as a past tense ("a British mine removal expert kidnapped and presumed
    /// killed by Khmer Rouge guerrillas"); without an object or a subject it is still one.
    private static bool IsReducedPassive(SentenceGraph g, int p) =>
        g.Base[p] == "acl" && g.Head[p] >= 0 && g.Head[g.Head[p]] >= 0 && g.FirstChild(p, "nsubj") < 0 &&
        (g.Token(p).Xpos == "VBN" &&
            // an object too when the participle has its own agent: "fighters taken hostage by the rebels"
            (g.FirstChild(p, "obj", "iobj") < 0 || AgentOf(g, p) >= 0) ||
         g.Token(p).Xpos == "VBD" && g.FirstChild(p, "obj", "iobj") < 0 && g.Upos[g.Head[p]] is "NOUN" or "PROPN") ||
        IsPassiveParticipleClause(g, p);

    /// <summary>
    /// "finds itself constrained", "saw his brother killed", "wants him arrested": a past participle predicated of the object
    /// of the verb above, with no subject or auxiliary of its own, is passive, and that object is what it is done to (the
    /// object-control reading had General Mills constraining). Returns the object, or -1.
    /// </summary>
    private static int ObjectPredicateParticiple(SentenceGraph g, int p) =>
        g.Base[p] == "xcomp" && g.Token(p).Xpos == "VBN" && g.Head[p] >= 0 && g.FirstChild(p, "nsubj", "aux", "obj") < 0
            ? g.FirstChild(g.Head[p], "obj") : -1;

    /// <summary>
    /// The "by" phrase of a passive <paramref name="p"/>; -1 when none. The parser sometimes hangs it as an object ("killed by
    /// Khmer Rouge guerrillas" with "guerrillas" an object marked "by").
    /// </summary>
    private static int AgentOf(SentenceGraph g, int p)
    {
        foreach (var c in g.Children[p])
            if (g.Rel[c] == "obl:agent" || (g.Base[c] is "obl" or "obj" && (g.CaseOf(c) == "BY" || ByOnModifier(g, c)))) return c;
        return -1;
    }

    /// <summary>"killed by Khmer Rouge guerrillas" with "by" hung on "Khmer": the phrase's first word is a "by" inside it.</summary>
    private static bool ByOnModifier(SentenceGraph g, int c)
    {
        var words = g.Subtree(c);
        return words.Count > 1 && g.Lemma[words[0]] == "BY" && g.Base[words[0]] == "case" && g.Upos[c] is "NOUN" or "PROPN";
    }

    /// <summary>
    /// "Rescued on Nov. 25 by fishermen off the Florida coast, Elian …", "Backed by Russia, the rebels …": a past
    /// participle clause with its own agent and no auxiliary or subject is passive, and the main clause's subject is what
    /// it is done to (it had made Elian the rescuer).
    /// </summary>
    private static bool IsPassiveParticipleClause(SentenceGraph g, int p) =>
        g.Base[p] == "advcl" && g.Head[p] >= 0 && g.Token(p).Xpos == "VBN" && g.HasChild(p, "obl:agent") &&
        g.FirstChild(p, "nsubj", "obj", "iobj", "aux", "mark") < 0;

    /// <summary>
    /// "lay flowers at the bombed embassy", "U.S.-led troops", "improved results": a participle the parse reads as a
    /// modifier of a noun names no act of the clause's actors. After a noun, pronoun, auxiliary, verb or comma it is more
    /// likely a finite verb the parser misread ("Russian police arrested students", "Alarcon, …, dismissed suggestions",
    /// "has disclosed", "begin withdrawing troops"), so the word order may still code it.
    /// </summary>
    private static bool IsAttributiveParticiple(SentenceGraph g, int p) =>
        g.Base[p] == "amod" && !(p > 0 && (g.Upos[p - 1] is "NOUN" or "PROPN" or "PRON" or "AUX" or "VERB" || g.Form[p - 1] == ","));

    /// <summary>Whether <paramref name="p"/> is a past participle right after an article or a preposition ("the fought-over
    /// Cuban child", "of ousted Cambodian Prime Minister …"): it cannot be a finite verb there.</summary>
    private static bool IsParticipleAfterArticleOrPreposition(SentenceGraph g, int p) =>
        p > 0 && g.Token(p).Xpos == "VBN" && g.Upos[p - 1] is "DET" or "ADP";

    /// <summary>
    /// Whether <paramref name="p"/> is "provided" or "providing" used as "if": before "that", or before a clause with a
    /// subject of its own and with no object ("willing to withdraw from southern Lebanon provided Israel's northern frontier
    /// could be secured"). Nothing is given ("Lebanon provided Israel" by word order).
    /// </summary>
    private static bool IsConditionalConjunction(SentenceGraph g, int p)
    {
        if (g.Form[p] is not ("PROVIDED" or "PROVIDING")) return false;
        if (p + 1 < g.Count && g.Form[p + 1] == "THAT" && g.Upos[p + 1] == "SCONJ") return true;
        if (g.Children[p].Any(c => g.Base[c] is "obj" or "iobj")) return false;
        return g.Children[p].Any(c => c > p && g.Base[c] is "ccomp" or "advcl" && g.Children[c].Any(s => s > p && g.Base[s] == "nsubj"));
    }

    /// <summary>Whether <paramref name="p"/> is a base-form verb with an article of its own before it ("the largest reward
    /// the government has ever offered"): a noun the tagger misread, no act.</summary>
    private static bool IsBaseVerbWithArticle(SentenceGraph g, int p) =>
        g.Token(p).Xpos is "VB" or "VBP" && g.Children[p].Any(c => c < p && g.Base[c] == "det" && g.Lemma[c] is "THE" or "A" or "AN");

    /// <summary>"the Russian missile strike": an adjective actor that modifies an event noun belongs to that event, not to a verb before it.</summary>
    private static bool ModifiesEventNoun(SentenceGraph g, TextSpan mention)
    {
        for (int t = 0; t < g.Count; t++)
        {
            if (!mention.Contains(g.Span(t)) || g.Base[t] != "amod") continue;
            int h = g.Head[t];
            if (h >= 0 && EventNouns.Find(g.Lemma[h]) is not null) return true;
        }
        return false;
    }

    private void Finish(Document doc, SentenceGraph g, EventDraft d, IEventAnchoring anchoring, ImmutableArray<Event>.Builder events)
    {
        // "Castro said on Cuban television", "Clinton said in a statement issued from Berlin", "Eig said Meissner had …": a
        // plain statement's other side is the one it is said to ("said to MLAs", "in a statement released to The
        // Associated Press"); anyone else near the saying is where, how or what it is said (of 25 such targets in the news
        // samples one was arguably an addressee). "told CNN" names its addressee as the object, and "announced his death", "claim
        // responsibility for the Atlanta bombing" whom the news is about.
        //
        // The same holds for every verb whose own code (no pattern) is a statement: "Benjamin Tal predicts softer markets in
        // Toronto", "Justine Henry described Hickson", "they already see signs Saddam Hussein …", "had been talking about the
        // visit of U.S. Commerce Secretary William Daley", "Travelers estimated that the California …". Speaking with
        // someone and telling, informing or briefing someone (the object, or the subject of "was told") still address them.
        if (d.Code.StartsWith("01", StringComparison.Ordinal) &&
            (SayingVerbs.Contains(g.Lemma[d.Predicate]) || d.Rule.StartsWith("verb ", StringComparison.Ordinal) && !d.Rule.Contains("code from word order", StringComparison.Ordinal)))
        {
            bool objectIsAddressee = AddresseeObjectVerbs.Contains(g.Lemma[d.Predicate]);
            d.Targets.RemoveAll(t => !IsAddressee(g, d.Predicate, t) && !t.Relation.EndsWith(":with", StringComparison.Ordinal) &&
                                     !(objectIsAddressee && (t.Relation.StartsWith("obj", StringComparison.Ordinal) || t.Relation.StartsWith("nsubj:pass", StringComparison.Ordinal))));
        }
        // "Clinton told reporters", "Alarcon told The Associated Press", "telling CNN": a statement to the press is the
        // statement, like "said"; the news media are how it is made public, not the other side of an exchange (24 such
        // targets in the news samples, all sourcing formulas). So is an interview or a talk with them [04]: "Assad,
        // speaking in a series of interviews with Russian media". Other events with the media keep them ("raided CNN's
        // office", "banned Al Jazeera").
        // A talk that was only with the media is no event at all (a statement, one-sided, is none either).
        if ((d.Code.StartsWith("01", StringComparison.Ordinal) || d.Code.StartsWith("04", StringComparison.Ordinal)) &&
            d.Targets.Count > 0 && d.Targets.RemoveAll(t => IsNewsMedia(t.Actor.Cameo)) > 0 && d.Targets.Count == 0)
            return;
        var sources = d.Sources.Count > 0 ? d.Sources : [default];
        // "Putin and Erdogan have held several meetings", "he and Turkish President Recep Tayyip Erdogan agreed":
        // coordinated subjects of something two parties do together, with no other side, act on each other. A country
        // beside its own government ("his Russian counterpart, Sergey Lavrov": RUS, RUSGOV) is that government.
        bool reciprocal = IsReciprocal(g, d);
        if (reciprocal)
            sources = d.Sources.Where(x => !d.Sources.Any(y => y.Actor.Cameo is { } yc && x.Actor.Cameo is { } xc && yc.Length > xc.Length &&
                                                             yc.StartsWith(xc, StringComparison.Ordinal))).ToList();
        // "we promise to bring to justice the murderers of our friends", "Iraq has destroyed its missiles": a side that is
        // only the source again names no other side; the act is the source's alone. Not when the parse failed or the
        // code is reversed: there the one side read twice is mostly a victim ("killed in his home", "kidnapped from his").
        bool selfOnly = d.Targets.Count > 0 && d.IdSuffix.Length == 0 && !d.FromWordOrder &&
                        d.Targets.All(t => t.Relation.EndsWith(">poss", StringComparison.Ordinal) && d.Sources.Any(s => s.Actor.Id == t.Actor.Id));
        var targets = reciprocal ? sources : d.Targets.Count > 0 && !selfOnly ? d.Targets : [default];
        int k = 0;
        var info = _codebook.Lookup(d.Code);
        // Date and place are looked up once, for the first event the draft yields (many drafts yield none).
        bool anchored = false;
        string? date = null;
        DatePrecision? precision = null;
        PlaceRef? place = null;
        TextSpan? draftEvidence = null;
        foreach (var src in sources)
        {
            foreach (var tgt in targets)
            {
                bool hasSrc = src.Actor is not null, hasTgt = tgt.Actor is not null;
                if (!hasSrc && !hasTgt) continue;
                // A name the actor dictionaries give no code ("Price conceded", "Reed is paying", "Thompson calls") says
                // nothing anyone can count: an event needs one coded participant (PETRARCH needs two).
                if (!(hasSrc && src.Actor!.Cameo is not null) && !(hasTgt && tgt.Actor!.Cameo is not null)) continue;
                if (_options.RequireDyad && !(hasSrc && hasTgt)) continue;
                // One-sided public statements (CAMEO 01) say little, and material cooperation (06) is with someone:
                // without both sides, 06 was mostly business news ("Dresdner Bank will buy", "will benefit customers",
                // "Lawrence Insurance underwrites": about 4 in 30 right in the news samples). Keep them only with both sides.
                if (!(hasSrc && hasTgt) && d.Code.Length >= 2 && d.Code[..2] is "01" or "06") continue;
                // Companies and investors among themselves are market news, no political event ("Investors welcomed",
                // "Hewlett-Packard affirmed", "attempts to take over Philip Morris"): an event needs a side that is not a
                // business. Protest and violence stay whoever stages or suffers them ("British Airways cabin crew began a
                // 48-hour strike", a company's pipeline bombed).
                if ((!hasSrc || IsBusiness(src.Actor!.Cameo)) && (!hasTgt || IsBusiness(tgt.Actor!.Cameo)) &&
                    !(d.Code.Length >= 2 && d.Code[..2] is "14" or "18" or "19" or "20"))
                    continue;
                if (hasSrc && hasTgt && src.Actor!.Id == tgt.Actor!.Id) continue;
                // Two actors with one code ("Putin … the Kremlin said": RUSGOV and RUSGOV) make no dyad; PETRARCH drops
                // an event whose source and target codes are the same.
                if (hasSrc && hasTgt && src.Actor!.Cameo is { } sameCode && sameCode == tgt.Actor!.Cameo) continue;
                if (!anchored)
                {
                    var scope = (g.IsParsed ? g.Subtree(d.Predicate) : [d.Predicate]).Concat(d.Scope).Select(i => g.First + i).Distinct().ToList();
                    (date, precision, place) = anchoring.Anchor(doc, g.Sentence, g.First + d.Predicate, scope);
                    anchored = true;
                }
                // The draft's own words are the same for each of its events: worked out once, for the first.
                draftEvidence ??= DraftEvidence(g, d);
                var evidence = draftEvidence.Value;
                if (hasSrc) evidence = TextSpan.Cover(evidence, src.Mention.Span);
                if (hasTgt) evidence = TextSpan.Cover(evidence, tgt.Mention.Span);
                var sentSpan = doc.Sentences[g.Sentence].Span;
                evidence = new TextSpan(Math.Max(evidence.Start, sentSpan.Start), Math.Min(evidence.End, sentSpan.End));
                string id = $"{doc.Id}:{g.Sentence.ToString(CultureInfo.InvariantCulture)}:{d.Predicate.ToString(CultureInfo.InvariantCulture)}{d.IdSuffix}" +
                            (k > 0 ? "-" + k.ToString(CultureInfo.InvariantCulture) : "");
                var rule = d.Rule + (hasSrc ? $"; source={src.Relation}" : "") + (hasTgt ? $"; target={tgt.Relation}" : "");
                events.Add(new Event
                {
                    Id = id,
                    Sentence = g.Sentence,
                    Source = hasSrc ? Ref(src) : null,
                    Target = hasTgt ? Ref(tgt) : null,
                    Cameo = d.Code,
                    Goldstein = info?.Goldstein,
                    QuadClass = info?.QuadClass ?? _codebook.QuadClassOf(d.Code),
                    Plover = info?.Plover,
                    Modality = d.Modality,
                    Date = date,
                    DatePrecision = precision,
                    Place = (hasTgt ? NearestAnchoring.TargetPlace(doc, d.Code, tgt.Mention.Span, place) : null) ?? place,
                    Fatalities = d.Fatalities,
                    Injuries = d.Injuries,
                    Evidence = evidence,
                    Predicate = g.First + d.Predicate,
                    Rule = rule,
                });
                k++;
            }
        }
    }

    /// <summary>
    /// The words of a draft whatever its source and target: its predicate, its evidence tokens (negation, modal,
    /// complement …) and the phrases its pattern named, each from its first word to its head.
    /// </summary>
    private static TextSpan DraftEvidence(SentenceGraph g, EventDraft d)
    {
        var evidence = g.Span(d.Predicate);
        foreach (var t in d.EvidenceTokens) evidence = TextSpan.Cover(evidence, g.Span(t));
        foreach (var t in d.Phrases)
        {
            var (first, last) = g.PhraseOf(t);
            evidence = TextSpan.Cover(evidence, TextSpan.Cover(g.Span(first), g.Span(last)));
        }
        return evidence;
    }

    private static ActorRef Ref(Participant p) => new(p.Actor.Id, p.Actor.Name, p.Actor.Cameo, p.Actor.Country, p.Mention.Span);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Codes one parsed sentence.</summary>
    private sealed class SentenceCoder(EventCoder coder, SentenceGraph g, ActorIndex actors, Dictionary<int, EventDraft>? wordOrder)
    {
        private readonly HashSet<int> _consumed = [];
        /// <summary>Complements folded into an appeal, a demand or a refusal: what was asked for or refused.</summary>
        private readonly HashSet<int> _asked = [];

        /// <summary>Predicates examined and coded (or deliberately folded into another event).</summary>
        public HashSet<int> Touched { get; } = [];

        /// <summary>Verbs whose dictionary default the parse showed wrong here (CALL naming, ENGAGE with nothing engaged): only a pattern may code them.</summary>
        public HashSet<int> DroppedDefaults { get; } = [];

        /// <summary>
        /// Word-order evidence (combined strategy): a side the parse left empty is taken from the TABARI-style reading
        /// of the same predicate, marked "order:" in the rule.
        /// </summary>
        private void FillFromWordOrder(int p, EventDraft d, bool sources = true, bool targets = true)
        {
            if (wordOrder is null || !wordOrder.TryGetValue(p, out var w)) return;
            if (sources && d.Sources.Count == 0 && w.Sources.Count > 0)
                d.Sources.AddRange(w.Sources.Where(x => !d.Targets.Any(t => t.Actor.Id == x.Actor.Id) && !IsNoWordOrderSource(g, actors, p, x.Mention.Span, w.SlotSources)).Select(x => x with { Relation = "order:" + x.Relation }));
            if (targets && d.Targets.Count == 0 && w.Targets.Count > 0)
                d.Targets.AddRange(w.Targets.Where(x => !d.Sources.Any(t => t.Actor.Id == x.Actor.Id) && !InOtherClause(g, p, x.Mention.Span) && !IsPassiveTargetElsewhere(g, p, x) && !ModifiesEventNoun(g, x.Mention.Span) && !TargetBelongsElsewhere(g, p, x.Mention.Span) && (w.SlotTargets || IsForce(d.Code) || !IsPlaceOfAThing(g, actors, p, x.Mention.Span)) && (w.SlotTargets || !IsPossessivePronoun(g, x.Mention.Span) || d.Sources.Any(t => t.Actor.Id == x.Actor.Id))).Select(x => x with { Relation = "order:" + x.Relation }));
        }

        /// <summary>
        /// "blessed a 40-pound fowl from Iowa", "announced plans to travel to an unnamed city in the US heartland", "a
        /// pardon from appearing on an American dinner table", "to block Iraqi trade": a place said of a thing the verb acts
        /// on — a name or nationality describing it, or where it comes from or lies on — is no one acted on, by word order.
        /// (A place where force strikes is its target's: "bombed positions in Syria".)
        /// </summary>
        internal static bool IsPlaceOfAThing(SentenceGraph g, ActorIndex actors, int p, TextSpan mention)
        {
            int t = PhraseHead(g, mention);
            if (t < 0 || !g.IsPlace(t) || g.Base[t] is not ("nmod" or "amod" or "compound")) return false;
            int h = g.Head[t];
            if (h < 0 || h == p || g.Upos[h] != "NOUN" || actors.At(g.First + h) is not null) return false;
            // Not "in" or "at": PETRARCH's convention codes where an act on a thing happens as its target ("criticized the
            // recent closure of guest houses in Bree").
            if (g.Base[t] == "nmod" && g.CaseOf(t) is not ("FROM" or "ON")) return false;
            return g.BranchUnder(p, h) >= 0;
        }

        /// <summary>Whether a CAMEO code is one of force: assault, fight or mass violence (18, 19, 20).</summary>
        internal static bool IsForce(string code) => code.Length >= 2 && code[..2] is "18" or "19" or "20";


        /// <summary>
        /// ", calling out Putin's rejection", ", warning against …": a participle after a comma has the main clause's
        /// subject; when the parse does not say which, the nearest actor before it in the sentence.
        /// </summary>
        private void ParticipialSubject(int p, EventDraft d)
        {
            if (d.Sources.Count > 0 || p == 0 || g.Form[p - 1] != "," || !g.Form[p].EndsWith("ING", StringComparison.Ordinal)) return;
            if (HasNonActorSubject(g.Head[p], p)) return;
            bool noun = false, verb = false;
            (Actor Actor, ActorMention Mention)? fallback = null;
            for (int j = p - 2; j >= 0; j--)
            {
                if (g.Form[j] is ";" or ":") break;
                // "(Muhammad Hamed/Reuters) Gunmen carried out … killing": what is in brackets (a credit, an aside) is
                // not the clause's subject.
                if (g.Form[j] == ")")
                {
                    int open = j - 1;
                    while (open >= 0 && g.Form[open] != "(") open--;
                    if (open >= 0) { j = open; continue; }
                }
                // "mediated by Turkey and Russia as the rebel enclave rapidly dissolved, ceding more and more territory":
                // the participle goes with the subordinate clause it ends (a subject and a verb after "as", not "served
                // as envoy"), whose own subject (no actor here) cedes.
                if (noun && verb && ClauseOpeners.Contains(g.Form[j])) break;
                noun |= g.Upos[j] is "NOUN" or "PROPN" or "PRON";
                verb |= g.Upos[j] is "VERB" or "AUX" && g.Token(j).Xpos != "VBG";
                // "marched Sunday in downtown Istanbul, burning Serbian flags": a place that says where acts no more than
                // it does by word order; nor do the people an adjective is about ("a castle popular with tourists, killing").
                if (actors.At(g.First + j) is { } a && !d.Targets.Any(t => t.Actor.Id == a.Actor.Id) && !IsPlaceOfWhere(g, actors, a.Mention.Span) &&
                    !ComplementOfAdjective(g, a.Mention.Span))
                {
                    // "Blair pledged to stand united with the president against Iraq, warning Saddam Hussein …": whom a
                    // phrase is against, with or to does not do what the participle says; an actor before it may (the
                    // phrase's actor stays the last resort, and a "by" phrase names who acts).
                    if (PhraseHead(g, a.Mention.Span) is var head and >= 0 && g.CaseOf(head) is { } prep && prep != "BY")
                    {
                        fallback ??= a;
                        j = g.FirstTokenIn(a.Mention.Span);
                        continue;
                    }
                    d.Sources.Add(new Participant(a.Actor, a.Mention, "participial-subject"));
                    return;
                }
            }
            if (fallback is { } last) d.Sources.Add(new Participant(last.Actor, last.Mention, "participial-subject"));
        }

        /// <summary>
        /// Whether the clause the parse hangs the participle on has a subject of its own before it, a noun that is no actor:
        /// then that subject is what the participle says of ("a state trial would likely precede a federal one, giving the
        /// authorities two chances", "Hungary's accession to NATO has brought about new changes …, shattering …", "The
        /// surrender of Aleppo's neighborhoods … would be a turning point …, allowing Assad control"), not the nearest
        /// actor before the comma.
        /// </summary>
        private bool HasNonActorSubject(int head, int p)
        {
            if (head < 0) return false;
            // The subject nearest the participle ("ISTANBUL, Turkey (AP)_ Some 1,500 ethnic Albanians marched …": a dateline
            // the parse also makes a subject comes first).
            int s = g.Children[head].LastOrDefault(c => c < p && g.Base[c] == "nsubj", -1);
            return s >= 0 && g.Upos[s] is "NOUN" or "PROPN" && actors.At(g.First + s) is null;
        }

        private readonly List<EventDraft> _extra = [];

        /// <summary>
        /// A participle glued by a hyphen to a name before it ("Pakistani-administered Kashmir", "Russian-occupied
        /// Crimea", "Kremlin-backed"): part of a modifier, whatever the parse makes of it, not a predicate. ("re-elected"
        /// starts with a lower-case prefix and stays one.)
        /// </summary>
        private bool IsCompoundModifier(int p)
        {
            if (p < 2 || !Actors.TextWords.IsHyphen(g.Form[p - 1]) || !IsVerb(p)) return false;
            if (g.Span(p - 1).End != g.Span(p).Start || g.Span(p - 2).End != g.Span(p - 1).Start) return false;
            var before = g.Doc.TextOf(g.Token(p - 2));
            return before.Length > 0 && char.IsUpper(before[0]);
        }

        public List<EventDraft> Run()
        {
            var drafts = new List<EventDraft>();
            // Shallowest first; ties in sentence order.
            var key = new long[g.Count];
            var order = new int[g.Count];
            for (int i = 0; i < g.Count; i++) { key[i] = (long)Depth(i) * g.Count + i; order[i] = i; }
            Array.Sort(key, order);

            // Casualty clauses of attacks and complements of refusals/commitments are folded into their governor's event.
            foreach (int p in order)
            {
                if (_consumed.Contains(p) || IsCompoundModifier(p)) continue;
                var d = CodePredicate(p);
                if (d is not null) drafts.Add(d);
            }
            drafts.AddRange(_extra);
            Touched.UnionWith(_consumed);
            drafts.RemoveAll(d => _consumed.Contains(d.Predicate) && !d.Keep);
            drafts.Sort((a, b) => a.Predicate.CompareTo(b.Predicate));
            return drafts;
        }

        private int Depth(int i)
        {
            int d = 0;
            for (int x = i; x >= 0 && d <= g.Count; x = g.Head[x]) d++;
            return d;
        }

        private bool IsVerb(int i) => g.Upos[i] is "VERB" || (g.Upos[i].Length == 0 && g.Base[i] is "root" or "xcomp" or "ccomp" or "advcl" or "conj");
        private bool IsNoun(int i) => g.Upos[i] is "NOUN" or "PROPN" || (g.Upos[i].Length == 0 && g.Base[i] is "nsubj" or "obj" or "nmod" or "obl");

        private EventDraft? CodePredicate(int p)
        {
            // "Hickson had pleaded not guilty to murder": the crime a plea or a verdict names, under "guilty" or "innocent",
            // is a charge, not an act this sentence reports.
            if (g.Head[p] is var h and >= 0 && g.Lemma[h] is "GUILTY" or "INNOCENT" && g.Upos[h] == "ADJ") { Touched.Add(p); return null; }
            if (IsVerb(p))
            {
                if (g.Base[p] == "amod") return null; // "a suggested ceasefire": an adjectival participle is no predicate
                // "Six suspects in the Bin Laden investigation are known to be in custody": a finite form the parse makes a
                // subject or an object is a noun the tagger misread (a gerund may be one: "killing civilians is a crime").
                if (g.Base[p] is "nsubj" or "obj" or "iobj" && g.Token(p).Xpos is "VBZ" or "VBP" or "VBD") { Touched.Add(p); return null; }
                // "a loyalist of ousted Cambodian Prime Minister Prince Norodom Ranariddh", "the fought-over Cuban child": a
                // past participle right after an article or a preposition modifies the noun after it, however it is parsed.
                if (IsParticipleAfterArticleOrPreposition(g, p) || IsBaseVerbWithArticle(g, p) || IsConditionalConjunction(g, p)) { Touched.Add(p); return null; }
                // "remember Demi and Manitoba Underdogs Rescue this holiday season": a verb capitalised inside running text is
                // a word of a name.
                if (g.IsCapitalisedInText(p)) { Touched.Add(p); return null; }
                if (VerbDictionary.IsAttribution(g.Form[p])) { Touched.Add(p); return null; }
                if (AsksAnonymity(p) is int named and >= 0) return NoEvent(p, named);
                if (RefuseVerbs.Contains(g.Lemma[p]) && Complement(p) is int c1 and >= 0)
                {
                    // "declined to comment", "refused to elaborate": a source's silence toward reporters, no rejection.
                    if (IsNoComment(c1)) return NoEvent(p, c1);
                    return Refusal(p, c1);
                }
                if (PlanVerbs.Contains(g.Lemma[p]) && Complement(p) >= 0) { Touched.Add(p); return null; } // the complement carries the event (planned)
                if (FailVerbs.Contains(g.Lemma[p]) && Complement(p) >= 0) { Touched.Add(p); return null; }
                if (CasualtyVerbs.Contains(g.Lemma[p]) && AttackGovernor(p) >= 0) { Touched.Add(p); return null; }
                return CodeVerb(p);
            }
            if (IsNoun(p))
            {
                if (g.Lemma[p] == "REFUSAL" && Complement(p) is int c2 and >= 0) return Refusal(p, c2);
                var noun = EventNouns.Find(g.Lemma[p]) ?? EventNouns.Find(g.Form[p]);
                if (noun is null) return null;
                return CodeNoun(p, noun);
            }
            return null;
        }

        /// <summary>A verb and its complement that report no event ("asked not to be named", "declined to comment"): both
        /// are done with, so neither the parse nor word order codes them.</summary>
        private EventDraft? NoEvent(int p, int complement)
        {
            Touched.Add(p);
            Touched.Add(complement);
            _consumed.Add(complement);
            return null;
        }

        /// <summary>
        /// "called the exiles CRIMINALS" [1121], "branded the rebels TERRORISTS": the object noun that the pattern names says
        /// what the verb calls someone; the one called is the other object.
        /// </summary>
        private void PatternNounIsNoTarget(int p, VerbMatch match, EventDraft d)
        {
            var named = d.Targets.Where(t => NamedByPattern(match, t.Mention.Span)).ToList();
            if (named.Count == 0) return;
            if (named.Count < d.Targets.Count) { d.Targets.RemoveAll(named.Contains); return; }
            // The only target is the named noun: it is the one acted on ("kick out U.S. troops" [* TROOPS]) unless the
            // verb has a second object, the one called.
            if (g.Children[p].Count(c => g.Base[c] is "obj" or "iobj" or "xcomp") < 2) return;
            d.Targets.Clear();
            foreach (var c in g.ChildrenWith(p, "obj", "iobj"))
            {
                if (coder._matcher.PatternNames(g, match, c)) continue;
                d.Targets.AddRange(ActorsOf(c, g.Rel[c]));
                if (d.Targets.Count > 0) break;
            }
        }

        private bool NamedByPattern(VerbMatch match, TextSpan mention)
        {
            for (int i = 0; i < g.Count; i++)
                if (mention.Contains(g.Span(i)) && coder._matcher.PatternNames(g, match, i)) return true;
            return false;
        }

        /// <summary>
        /// "an official who asked not to be named", "declined to be identified": a source's anonymity, no request or
        /// refusal anyone could count. The complement ("named") when so, else -1.
        /// </summary>
        private int AsksAnonymity(int p)
        {
            if (!AnonymityVerbs.Contains(g.Lemma[p]) && !AnonymityVerbs.Contains(g.Form[p])) return -1;
            // by the words, not the parse, which often hangs "named" elsewhere ("asked not to be named told CNN")
            int k = p + 1;
            if (k < g.Count && g.Form[k] == "NOT") k++;
            if (k + 2 >= g.Count || g.Form[k] != "TO" || g.Form[k + 1] != "BE") return -1;
            return g.Form[k + 2] is "NAMED" or "IDENTIFIED" or "QUOTED" ? k + 2 : -1;
        }

        /// <summary>
        /// What a source declines to tell reporters: "declined to comment", "declined to discuss what charges were being
        /// pursued", "declined to identify other bidders", "declined to use the word blockade". Discussing with someone
        /// ("declined to discuss the ceasefire with Zelenskyy") is still a refusal.
        /// </summary>
        private bool IsNoComment(int c)
        {
            if (g.Lemma[c] == "USE") return g.FirstChild(c, "obj") is int o and >= 0 && WordNouns.Contains(g.Lemma[o]);
            if (!NoCommentVerbs.Contains(g.Lemma[c])) return false;
            return !g.Subtree(c).Any(k => k != c && g.Base[k] is "obl" or "nmod" && g.CaseOf(k) == "WITH" && ActorsOf(k, "obl:with").Count > 0);
        }

        /// <summary>
        /// The speaker a quotation puts after a speech verb that has no subject: "'Where's the bid?' asked Pierre
        /// Panet-Raymond, an analyst" (parsed as the one asked). The verb follows the closing quotation mark and the name
        /// follows the verb; -1 when not so.
        /// </summary>
        private int SpeakerAfterQuote(int p)
        {
            if (p == 0 || !QuoteInvertingVerbs.Contains(g.Lemma[p]) || !g.IsClosingQuote(p - 1)) return -1;
            foreach (var c in g.ChildrenWith(p, "obj", "iobj"))
                if (g.Subtree(c).Min() == p + 1) return c;
            return -1;
        }

        /// <summary>An open clausal complement: "refused [to accept]", "is set [to meet]", "refusal [to pursue]".</summary>
        private int Complement(int p)
        {
            foreach (var c in g.Children[p])
                if (g.Base[c] == "xcomp" || (g.Base[c] is "acl" or "ccomp" && g.HasChild(c, "mark", "TO")) ||
                    // "aims [to discuss]", "declined [to meet]" mis-attached as a purpose clause.
                    (g.Base[c] == "advcl" && c > p && g.HasChild(c, "mark", "TO") && (PlanVerbs.Contains(g.Lemma[p]) || RefuseVerbs.Contains(g.Lemma[p]) || FailVerbs.Contains(g.Lemma[p]))))
                    return c;
            return -1;
        }

        /// <summary>Whether the subject of the clause predicate <paramref name="p"/> takes ("allowed that Mordor isn't …") is an actor.</summary>
        private bool ClauseSubjectIsActor(int p) =>
            g.FirstChild(p, "ccomp") is int c and >= 0 && g.HasChild(c, "mark", "THAT") && g.FirstChild(c, "nsubj") is int s and >= 0 && actors.At(g.First + s) is not null;

        /// <summary>Whether CALL at <paramref name="p"/> names someone or something, or calls nobody (see its rule in <see cref="CodeVerb"/>).</summary>
        private bool CallNamesOrHasNobody(int p, bool passive, EventDraft d)
        {
            if (passive || d.Targets.Count == 0 || g.Base[p] is "acl" or "amod") return true;
            int named = NameAsObject(p);
            return g.Children[p].Count(c => g.Base[c] == "obj") + (named >= 0 ? 1 : 0) != 1 ||
                   g.Children[p].Any(c => g.Base[c] is "ccomp" or "iobj" || (g.Base[c] == "xcomp" && !g.HasChild(c, "mark", "TO") && c != named)) ||
                   QuoteAfterObject(p);
        }

        /// <summary>
        /// "Calling the mother of Elian Gonzalez ``an excellent girl''", "Castro called Munero -- who reportedly drove a taxi
        /// … -- a ``ruffian''", "Martonyi called Hungary's admission in NATO "returning to her natural habitat"": a quotation
        /// that opens after the object, before any other verb (a parenthesis between dashes aside), is what the object is
        /// called. The parser seldom attaches it to the verb.
        /// </summary>
        private bool QuoteAfterObject(int p)
        {
            int o = g.FirstChild(p, "obj");
            if (o < 0 || o < p) return false;
            bool inDashes = false;
            for (int t = o + 1; t < g.Count && t <= o + 30; t++)
            {
                string form = g.Form[t];
                if (form is "--" or "—" or "–") { inDashes = !inDashes; continue; }
                if (inDashes) continue;
                if (form is "``" or "\"" or "“") return true;
                if (g.Upos[t] is "VERB" or "AUX" || form is ";" or ":") return false;
            }
            return false;
        }

        /// <summary>Whether the casualty verb's cause is an accident or a disaster: its subject (or the noun a relative clause
        /// hangs on), an "in"/"during" phrase, or a "when"/"after" clause of crashing or capsizing.</summary>
        private bool IsAccident(int p, bool passive)
        {
            int cause = Cause(p, passive);
            if (cause >= 0 && RelativePronouns.Contains(g.Lemma[cause]) && g.Rel[p] == "acl:relcl") cause = g.Head[p];
            if (cause >= 0 && AccidentNouns.Contains(g.Lemma[cause])) return true;
            foreach (var c in g.Children[p])
            {
                if (g.Base[c] == "obl" && g.CaseOf(c) is "IN" or "DURING" && AccidentNouns.Contains(g.Lemma[c])) return true;
                if (g.Base[c] != "advcl" || !g.Children[c].Any(k => g.Base[k] is "mark" or "advmod" && g.Lemma[k] is "WHEN" or "AFTER" or "AS")) continue;
                // "when his car went off the ramp and crashed into several trees": the crash may be the clause's second verb.
                if (AccidentVerbs.Contains(g.Lemma[c]) || g.Children[c].Any(k => g.Base[k] == "conj" && AccidentVerbs.Contains(g.Lemma[k]))) return true;
            }
            return false;
        }

        /// <summary>Whether noun <paramref name="n"/> names an actor itself or by a modifier: "Kurdish rebels", "Ukrainian
        /// defenders" (only "Ukrainian" is the actor's mention), not "a crisis with Turkey".</summary>
        private bool NamesActor(int n) =>
            actors.At(g.First + n) is not null || g.Children[n].Any(c => g.Base[c] is "amod" or "compound" && actors.At(g.First + c) is not null);

        /// <summary>
        /// Whether a "that" clause says what is to be done, not what is so: a subjunctive ("that the child be returned", "that
        /// he leave") or an obligation ("must", "should"); not an indicative ("was", "will", "aren't trying").
        /// </summary>
        private bool IsToBeDone(int clause) =>
            g.FirstChild(clause, "aux", "cop") is >= 0 and var aux ? g.Form[aux] is "MUST" or "SHOULD" or "BE" : IsSubjunctive(clause);

        /// <summary>Whether a clause is a subjunctive with no auxiliary: a base-form verb with a subject of its own ("that he
        /// leave", "that Sununu offer to resign").</summary>
        private bool IsSubjunctive(int clause) =>
            g.FirstChild(clause, "aux", "cop") < 0 && g.Token(clause).Xpos == "VB" && g.FirstChild(clause, "nsubj") >= 0;

        /// <summary>Whether a clause says what was so: a past tense with no auxiliary ("that they formed"), or "was" or "were".</summary>
        private bool IsPast(int clause) =>
            g.FirstChild(clause, "aux", "cop") is >= 0 and var aux ? g.Form[aux] is "WAS" or "WERE" : g.Token(clause).Xpos == "VBD";

        /// <summary>Whether verb <paramref name="p"/> has a "that" clause of what is to be done (<see cref="IsToBeDone"/>).</summary>
        private bool HasToBeDoneClause(int p) => g.Children[p].Any(c => g.Base[c] == "ccomp" && IsToBeDone(c));

        /// <summary>Whether a clause of <paramref name="p"/> is an indirect question: it starts with whether, if or a wh-word.</summary>
        private bool AsksAQuestion(int p) =>
            g.Children[p].Any(c => g.Base[c] is "ccomp" or "advcl" or "xcomp" && c > p && QuestionWords.Contains(g.Lemma[g.Subtree(c).Min()]));

        /// <summary>Whether a harm verb's cause (its active subject, or its passive "by" phrase) is a noun that names neither an
        /// actor nor a means of force, or, with no cause that is an actor or a weapon, what was harmed is money
        /// (<see cref="EconomicNouns"/>).</summary>
        private bool HarmedByNoForce(int p, bool passive)
        {
            // "she was struck by a Ford Crown Victoria, driven by 59-year-old James Kitchens": what someone drove is a
            // vehicle, however the parse reads the phrase.
            if (passive && p + 1 < g.Count && g.Form[p + 1] == "BY")
                for (int t = p + 2; t < g.Count && t <= p + 8; t++)
                {
                    if (g.Lemma[t] == "DRIVE" && g.Token(t).Xpos == "VBN") return true;
                    if (g.Upos[t] is "VERB" or "AUX" || g.Form[t] is "." or ";") break;
                }
            int cause = Cause(p, passive);
            if (cause >= 0)
            {
                // The cause and its coordinates, with what describes them ("Israeli jets", "Hezbollah's rockets") — not
                // a phrase inside them ("hammered by higher costs and lower shipments to key automotive customers").
                foreach (var t in g.Subtree(cause))
                    if (IsCauseWord(cause, t) && (actors.At(g.First + t) is not null || ForceNouns.Contains(g.Lemma[t]))) return false;
                if (g.Upos[cause] is "NOUN") return true;
            }
            // What was harmed is money, not people or places: "U.S. Trust's earnings have been hurt", "hit the economy".
            int patient = g.FirstChild(p, passive ? "nsubj:pass" : "obj");
            return patient >= 0 && (EconomicNouns.Contains(g.Lemma[patient]) || EconomicNouns.Contains(g.Form[patient]));
        }

        /// <summary>Whether token <paramref name="t"/> of a cause's phrase is the cause, a coordinate of it, or a word that
        /// describes one of those (compound, adjective, owner, apposition).</summary>
        private bool IsCauseWord(int cause, int t)
        {
            for (int x = t; x >= 0; x = g.Head[x])
            {
                if (x == cause) return true;
                if (g.Base[x] is not ("conj" or "compound" or "amod" or "appos" or "flat") && g.Rel[x] != "nmod:poss") return false;
            }
            return false;
        }

        /// <summary>Whether a target of RELEASE is who is released: its object or its passive subject.</summary>
        private static bool IsReleased(Participant t) =>
            t.Relation.StartsWith("obj", StringComparison.Ordinal) || t.Relation.StartsWith("nsubj:pass", StringComparison.Ordinal) ||
            t.Relation.StartsWith("acl-head:pass", StringComparison.Ordinal);

        /// <summary>
        /// A company's deal is no political event: "RJR Nabisco agreed to sell three candy businesses", "Starbucks is to take
        /// full ownership of its China joint venture" (no seizure [1711]), "agreed to acquire the consulting businesses".
        /// The verb or its complement buys, sells, acquires or merges, or acts on a stake, a business, shares or investors,
        /// and no government, party or state is its source; "Putin urged Turkish investors to buy shares" stays.
        /// </summary>
        private bool IsCommerce(int p, int comp, EventDraft d)
        {
            bool Traded(int v) => v >= 0 && (Transactions.Contains(g.Lemma[v]) || g.FirstChild(v, "obj", "nsubj:pass") is >= 0 and var o && Commerce.Contains(g.Lemma[o]));
            if (!Traded(p) && !(comp >= 0 && IsVerb(comp) && Traded(comp))) return false;
            return !d.Sources.Any(x => x.Actor.Cameo is { Length: 3 } && !ModifiesCompanyNoun(x.Mention.Span) || HasRole(x.Actor.Cameo, StateRoles) ||
                                       x.Actor.Cameo?.StartsWith("IGO", StringComparison.Ordinal) == true);
        }

        /// <summary>"its U.S. subsidiary has agreed to acquire …": a country named only as a company's modifier is no state.</summary>
        private bool ModifiesCompanyNoun(TextSpan mention)
        {
            for (int t = 0; t < g.Count; t++)
                if (g.Span(t).Overlaps(mention) && g.Base[t] is "amod" or "compound" or "nmod" && g.Head[t] >= 0 && !g.Span(g.Head[t]).Overlaps(mention) &&
                    (Tacitus.Coding.Actors.EnglishWords.OrganisationNouns.Contains(g.Lemma[g.Head[t]]) || Commerce.Contains(g.Lemma[g.Head[t]])))
                    return true;
            return false;
        }

        /// <summary>Whether the participant is a politician, a party, a legislature or a government (CAMEO roles ELI, PTY, LEG, GOV).</summary>
        private static bool IsPolitician(Participant x) => HasRole(x.Actor.Cameo, PoliticalRoles);

        /// <summary>Whether a CAMEO actor code's role (its second three letters: USAGOV, ---MIL) is one of <paramref name="roles"/>.</summary>
        private static bool HasRole(string? cameo, FrozenSet<string> roles) => cameo is { Length: >= 6 } && roles.Contains(cameo.Substring(3, 3));

        /// <summary>Whether the verb's subject names an armed actor (a military, rebel, insurgent or other armed group code).</summary>
        private bool SubjectIsArmed(int p)
        {
            foreach (var c in g.Children[p])
                if (g.Base[c] == "nsubj")
                    foreach (var a in ActorsOf(c, "nsubj"))
                        if (HasRole(a.Actor.Cameo, ArmedRoles)) return true;
            return false;
        }

        /// <summary>The verb's dictionary default does not fit here: no event from the parse; only a pattern may code it (<see cref="DroppedDefaults"/>).</summary>
        private EventDraft? DropDefault(int p)
        {
            Touched.Add(p);
            DroppedDefaults.Add(p);
            return null;
        }

        /// <summary>
        /// Verb readings that report no event at all, neither from the parse nor from word order (patterns included).
        /// </summary>
        private bool ReportsNoEvent(int p) =>
            // "Castro came to power in 1959", "rose to power", "swept back to power": taking office is no arrival, meeting
            // or visit (ARRIVE's "- * (TO) [040]").
            g.Children[p].Any(c => g.Base[c] == "obl" && g.Lemma[c] == "POWER" && g.CaseOf(c) == "TO") ||
            g.Lemma[p] switch
            {
                // "The U.N. Security Council has charged the inspectors with verifying that Iraq …", "a commission charged
                // with investigating the attack": a task given, no accusation [112].
                "CHARGE" => g.Children[p].Any(c => g.Base[c] is "advcl" or "obl" or "xcomp" && Tasks.Contains(g.Lemma[c]) &&
                                                   (g.CaseOf(c) == "WITH" || g.HasChild(c, "mark", "WITH"))),
                // "the so-called "San Antonio Four" for sexually assaulting …", "a group called the International Working
                // Group on Afghan Women", "what he called a "long and bruising" election campaign": a name given, whatever
                // the parse makes of "called"; neither a call [041] nor a call for or on anyone ("- * (ON) [020]"). "The
                // strike called by the unions", "a meeting called for Monday" stay calls.
                // "Police were called to the home … for a report of a disturbance": the police summoned to a scene are
                // no appeal [020] for anything.
                "CALL" => g.FirstChild(p, "nsubj:pass") is >= 0 and var called && Responders.Contains(g.Lemma[called]) ||
                          p >= 2 && g.Form[p - 1] == "-" && g.Form[p - 2] == "SO" ||
                          (g.Rel[p] == "acl" || g.Rel[p] == "acl:relcl" && g.Lemma[g.Head[p]] == "WHAT") && g.Form[p] == "CALLED" &&
                          p + 1 < g.Count && g.Form[p + 1] is not ("FOR" or "ON" or "OFF" or "BY" or "UP") ||
                          // "Morneau called provincial demands for bigger federal health funding transfers "out of the
                          // realm"": a "for" after a thing called belongs to that thing; no one called for anything.
                          g.FirstChild(p, "obj") is >= 0 and var thing && g.Upos[thing] == "NOUN" && actors.At(g.First + thing) is null &&
                          g.Children[p].Any(c => c > thing && g.Base[c] == "obl" && g.CaseOf(c) is "FOR" or "ON"),
                // "Hickson, who pleaded guilty to interfering with a corpse", "may plead guilty this week to charges": a plea
                // in court is no appeal [020] to anyone ("pleaded guilty … to government charges" [0234]).
                "PLEAD" => g.Children[p].Any(c => g.Lemma[c] is "GUILTY" or "INNOCENT" or "CONTEST" or "NOLO"),
                // "the stage is set for Malaysians to seize the chance to transform …", "captured the imagination": a chance,
                // a moment or someone's attention taken is no one seized [171].
                "SEIZE" or "CAPTURE" or "GRAB" or "SNATCH" => g.Children[p].Any(c => g.Base[c] is "obj" or "obl" && NothingSeized.Contains(g.Lemma[c])),
                // "firefighters battled the blaze", "fighting cancer": a fire, a disease or a disaster fought is no fighting
                // [190].
                "FIGHT" or "BATTLE" or "COMBAT" => g.Children[p].Any(c => g.Base[c] is "obj" or "obl" && NothingFought.Contains(g.Lemma[c])),
                "TAKE" => NoOneTaken(p),
                _ => false,
            };

        /// <summary>
        /// Whether TAKE at <paramref name="p"/> seizes no one. "Kevin Johnson, who took over from co-founder Howard Schulz",
        /// "took over as chief executive": an office taken over from someone, with nothing taken, is a succession, no
        /// seizure [171]. "London police took charge of the investigation", "took office": an idiom, no one taken [171] nor
        /// arrested [173], whatever pattern matches the words before. "the family in Miami take him to Cuba", "taking Elian …
        /// to a third nation", "take him back to Cuba": someone taken somewhere is brought there, no one seized ("took Russia
        /// to court" is no place and still sues).
        /// </summary>
        private bool NoOneTaken(int p)
        {
            int taken = g.FirstChild(p, "obj");
            if (taken < 0)
                return g.Children[p].Any(c => g.Lemma[c] == "OVER" && g.Base[c] is "compound" or "advmod") &&
                       g.Children[p].Any(c => g.Base[c] == "obl" && g.CaseOf(c) is "FROM" or "AS");
            if (NothingTaken.Contains(g.Lemma[taken]) && g.FirstChild(taken, "det") < 0) return true;
            return (g.Upos[taken] == "PRON" || actors.At(g.First + taken) is not null) &&
                   g.Children[p].Any(c => g.Base[c] == "obl" && g.CaseOf(c) == "TO" && (g.IsPlace(c) || Destinations.Contains(g.Lemma[c])));
        }

        /// <summary>Nouns of a place someone is taken to that the places stage does not name: "to another country".</summary>
        private static readonly FrozenSet<string> Destinations = Set("COUNTRY", "NATION", "HOME", "CITY", "TOWN", "ISLAND", "HOSPITAL");

        /// <summary>Pronouns that stand for people (by lemma): "he", "him", "they", "them" …, not "it".</summary>
        private static readonly FrozenSet<string> PersonalPronouns = Set("I", "YOU", "HE", "SHE", "WE", "THEY");

        /// <summary>What one takes in an idiom without taking anything: "took charge", "took office", "took note" ("take part" is
        /// its own verb, participating [040]).</summary>
        private static readonly FrozenSet<string> NothingTaken = Set("CHARGE", "PLACE", "OFFICE", "NOTE", "STOCK", "PAINS", "ISSUE", "SHAPE", "HEART", "EFFECT");

        /// <summary>What is fought without anyone fighting back: fires, diseases, disasters.</summary>
        private static readonly FrozenSet<string> NothingFought = Set("BLAZE", "FIRE", "FLAME", "WILDFIRE", "BUSHFIRE", "INFERNO",
            "CANCER", "DISEASE", "ILLNESS", "VIRUS", "EPIDEMIC", "PANDEMIC", "INFECTION", "ADDICTION", "FLOOD", "DROUGHT");

        /// <summary>
        /// The targets a verb's own dictionary default keeps. Leaving [040] is going where one leaves for ("leave for the
        /// United States"), not meeting what one leaves: "U.S. Embassy staff … left Pakistan", "planned to leave Nairobi",
        /// "left Magna", "stop oil exports from leaving Iraq" (all 11 such targets in the samples). Releasing [084] frees
        /// whoever is released ("He was immediately released", "has interviewed and released one of two men"), not whom a
        /// statement is released to ("released to The Associated Press").
        /// </summary>
        private void FitDefaultTargets(int p, bool passive, VerbMatch match, EventDraft d)
        {
            if (!match.Entry.After.IsEmpty) return;
            if (g.Lemma[p] == "LEAVE" || DiscussVerbs.Contains(g.Lemma[p])) d.Targets.RemoveAll(t => t.Relation.StartsWith("obj", StringComparison.Ordinal));
            else if (g.Lemma[p] == "RELEASE") d.Targets.RemoveAll(t => !IsReleased(t));
        }

        /// <summary>
        /// Whether the verb's own dictionary default (no pattern fired) does not fit here, so that only a pattern may code
        /// the verb (<see cref="DropDefault"/>). Each reading was measured on the news samples.
        /// </summary>
        private bool DefaultDoesNotFit(int p, bool passive, VerbMatch match, EventDraft d)
        {
            // The verb itself, not one of its phrasal entries ("break off", "take over").
            bool plain = match.Entry.After.IsEmpty;
            // Who or what undergoes it: the object, or the subject of the passive.
            int undergoer = g.FirstChild(p, passive ? "nsubj:pass" : "obj");
            // … or, for a participle describing a noun ("a statement released by", "the reward offered by"), that noun.
            int described = g.Base[p] == "acl" ? g.Head[p] : undergoer;
            // HIT, HURT, HAMMER and STRIKE by a cause that is no actor and no weapon are harm, not force: "when the effects
            // of the Asian crisis hit the American economy", "hit by profit-taking", "hurt by higher gas prices", "Two
            // strong earthquakes have struck north-western Iran", "was hit by a car". A bomb, a blast or a gunman still
            // strikes, and so does a car bomb.
            if (HarmVerbs.Contains(g.Lemma[p]) && HarmedByNoForce(p, passive)) return true;
            // "Beau Dunn … was killed when his car went off the ramp and crashed", "Dunn was killed in the crash", "a boat
            // wreck that killed his mother", "73 soldiers were killed … when two military helicopters crashed": an accident
            // or a disaster kills without force [190] (all 5 such events in the samples).
            if (CasualtyVerbs.Contains(g.Lemma[p]) && IsAccident(p, passive)) return true;
            // Respecting or honouring [051] praises someone, not a thing kept to: "workers' rights are respected", "honor the
            // announcement by President Truman", "urging Miami's exiles to respect" the law; and "he would be honored to
            // have" a job is no praise by anyone (all 4 such events in the samples). The dictionary's lemma: the lemmatizer
            // gives "honored" as "honore".
            if (match.Entry.Lemma is "RESPECT" or "HONOR" or "HONOUR" && plain &&
                (undergoer < 0 || !NamesActor(undergoer) || g.FirstChild(p, "xcomp") >= 0 ||
                 g.Children[p].Any(c => g.Rel[c] == g.Rel[undergoer] && KeptTo.Contains(g.Lemma[c]))))
                return true;
            return g.Lemma[p] switch
            {
                // Releasing [084] frees someone, not footage, tapes or a statement ("Police have released footage", "In a
                // statement released by his transition team, Mr Trump").
                // "according to a report released Tuesday morning", parsed with the report as the active subject of an
                // object-less "released": the report is what is released.
                "RELEASE" => plain && (described >= 0 && ReleasedThings.Contains(g.Lemma[described]) ||
                                       !passive && undergoer < 0 && g.Children[p].Any(c => g.Base[c] == "nsubj" && ReleasedThings.Contains(g.Lemma[c]))),
                // CALL's default is a telephone call [041:041] ("Putin called Erdogan"): not naming someone or something
                // ("called Munero a taxi driver", "called the ruling outrageous", "a plastic explosive called Semtex", "he
                // was called a witness"), nor a call with nobody called ("Horsley called"). A purpose keeps the call
                // ("called Zelenskyy to discuss the talks").
                "CALL" => plain && match.Code.StartsWith("041", StringComparison.Ordinal) && CallNamesOrHasNobody(p, passive, d),
                // SUBMIT's default is yielding [080] ("submitted to the demands"), not handing a thing in: "travel to
                // Washington DC on March 12 to submit the document". A pattern still codes ("submitted his resignation"
                // [0831], "submit a petition" [020]).
                "SUBMIT" => plain && !passive && match.Code.StartsWith("080", StringComparison.Ordinal) && undergoer >= 0 && !NamesActor(undergoer),
                // ASK's default is an appeal [020] ("asked Turkey to increase"), not a question ("reporters asked whether
                // …", "asked if she …", "Asked how the company hopes …").
                "ASK" => plain && AsksAQuestion(p),
                // TAKE's default is seizing [171] ("exiles might take Elian", "prisoners of war taken"): someone must be
                // what is taken, not a decision, a stand, pains, place or part ("took place at the Truman Library", "took a
                // stand"). "Suver was taken to T.J. Health Hospital", "He was taken to hospital by paramedics": an ambulance
                // is no capture ("Goble was taken to the Adair County Regional Jail" still is).
                // "No matter how long it takes or where it takes us": what "it" takes somewhere is not taken by anyone.
                "TAKE" => plain && match.Code.StartsWith("171", StringComparison.Ordinal) && !d.Targets.Any(t => t.Relation is "obj" or "nsubj:pass" or "acl-head:pass") ||
                          g.Children[p].Any(c => g.Base[c] == "obl" && g.CaseOf(c) == "TO" && CareNouns.Contains(g.Lemma[c])) ||
                          plain && !passive && g.FirstChild(p, "nsubj") is var taker and >= 0 && g.Lemma[taker] == "IT" && actors.At(g.First + taker) is null,
                // "Even though we recognize this is happening half a world away": recognising no one and nothing, or that
                // something is so, is acknowledging it, no recognition [051] of anyone.
                "RECOGNIZE" or "RECOGNISE" => plain && !passive && undergoer < 0 && !g.Children[p].Any(c => g.Base[c] is "iobj" or "obl"),
                // "fighting to keep the boy in the United States", "battling in the courts", "We will keep fighting with the
                // laws", "the boy's Miami relatives are fighting for permanent custody": a struggle for an aim, in court or
                // by law, not armed force, unless armed men fight ("rebels fought to retake the town", "rebels fighting for
                // independence").
                "FIGHT" or "BATTLE" => !SubjectIsArmed(p) &&
                    g.Children[p].Any(c => (g.Base[c] == "xcomp" && g.HasChild(c, "mark", "TO")) || (g.Base[c] == "obl" && g.Lemma[c] is "COURT" or "COURTS" or "LAW" or "LAWS" or "LAWSUIT" or "LAWSUITS" or "LITIGATION") ||
                                           g.Base[c] == "obl" && g.CaseOf(c) == "FOR" && g.Upos[c] == "NOUN" && actors.At(g.First + c) is null),
                // "businesses struggling due to low oil prices", "Turkey is struggling to contain", "struggling with their
                // business": a struggle is armed force [190] only when armed men struggle (of 5 in the news samples, none was).
                "STRUGGLE" => !SubjectIsArmed(p),
                // Containing [170] is confining only when who is contained is named: "struggling to contain Kurdish rebels",
                // not holding ("contained circuitry … and the Mitsubishi truck", "may contain the remains of Air Force pilot
                // Michael Blassie") or keeping in check ("struggling to contain multiple security threats"), all 4 such
                // events in the samples. Overcoming [190] is defeating someone ("overcame the defenders"), not a crisis or an
                // obstacle ("Turkey has overcome the crisis with Russia").
                "CONTAIN" or "OVERCOME" => !(undergoer >= 0 && NamesActor(undergoer)),
                // "Trump's announcement … effectively killed the massive trade deal", "the bill was killed": what never
                // lived is ended, not killed [190].
                "KILL" => undergoer >= 0 && KilledThings.Contains(g.Lemma[undergoer]) && !NamesActor(undergoer),
                // "Russian pressure rescued the deal", "to salvage the talks": a deal, talks or an economy saved is no rescue
                // [073] of anyone.
                "RESCUE" or "SALVAGE" => undergoer >= 0 && !NamesActor(undergoer) && (KilledThings.Contains(g.Lemma[undergoer]) || SavedThings.Contains(g.Lemma[undergoer])),
                // "would object if he were fired", "fired three managers": someone fired is dismissed, not fired upon [190]
                // ("fired missiles at", "fired on the crowd", "shots were fired" stay).
                "FIRE" => plain && undergoer >= 0 && (actors.At(g.First + undergoer) is not null || g.Upos[undergoer] == "PRON" && PersonalPronouns.Contains(g.Lemma[undergoer])),
                // "The decision was met with outrage by Cuban-Americans", "was met with skepticism": a reaction met with, no
                // meeting [040] with anyone.
                // "Poland, who in order to meet NATO's standards", "prepare to meet future medical disasters", "armies capable
                // of meeting a variety of contingencies": a standard, a need or a threat met is no one met (5 such events in
                // the samples).
                "MEET" => passive && g.Children[p].Any(c => g.Base[c] == "obl" && g.CaseOf(c) == "WITH" && !NamesActor(c)) ||
                          !passive && undergoer >= 0 && !NamesActor(undergoer) && (MetThings.Contains(g.Lemma[undergoer]) ||
                              g.Children[undergoer].Any(c => g.Base[c] == "nmod" && g.CaseOf(c) == "OF" && MetThings.Contains(g.Lemma[c]))),
                // "four members of the Jordanian security forces and a woman visiting from Canada": visiting from somewhere,
                // with nothing and nowhere visited named, is being a visitor, no visit [042] to anyone.
                "VISIT" => plain && undergoer < 0 && g.Children[p].Any(c => g.Base[c] == "obl" && g.CaseOf(c) == "FROM") &&
                           !g.Children[p].Any(c => g.Base[c] == "obl" && g.CaseOf(c) is "TO" or "IN" or "AT"),
                // "Donald Trump narrowly beat Hillary Clinton in Wisconsin": one politician beating another wins a vote, no
                // force [190] ("troops defeated the rebels", "police beat the protesters" still code).
                "BEAT" or "DEFEAT" => d.Sources.Count > 0 && d.Targets.Count > 0 && d.Sources.All(IsPolitician) && d.Targets.All(IsPolitician),
                // "after shooting skeet at the Buffalo Shooting Club", "the film was shot in Odesa": sport and pictures are
                // no force [190].
                "SHOOT" => undergoer >= 0 && ShotForSport.Contains(g.Lemma[undergoer]),
                // Breaking [190] is force when something is broken ("Russian troops broke the Ukrainian defenses"), not
                // breaking from or loose of someone ("Al Gore, breaking from his own administration", "to break loose of the
                // Cuban government") nor breaking a law, a rule or a promise ("would break international law"): 4 such
                // events in the samples, all wrong. "Wong Kwan will be lucky to break even": breaking even is a balance
                // sheet's. BREAK's patterns still code ("break relations" [161], "break off" [130]).
                "BREAK" => p + 1 < g.Count && g.Form[p + 1] == "EVEN" ||
                           plain && !passive && (g.FirstChild(p, "obj") is >= 0 and var broken && UnbrokenByForce.Contains(g.Lemma[broken]) ||
                                                 g.Children[p].Any(c => g.Lemma[c] is "LOOSE" or "FREE" || g.Base[c] == "obl" && g.CaseOf(c) == "FROM")),
                // People are hanged, things hung: "hung a banner on the façade of the Paris Town Hall", "We are barely
                // hanging on" are no killing [190] (both such events in the samples).
                "HANG" => g.Form[p] != "HANGED",
                // Insisting is demanding [100] only when what is insisted on is to be done ("insisted that the child be
                // returned", "insists any deal must allow UN inspectors …", "insisted on a ceasefire"), not when it is said
                // to be so ("insisted that NATO was the best tool", "insists he will continue", "insist they aren't trying
                // to lure Saddam Hussein"), nor with nothing insisted on: 6 of the 9 such events in the samples.
                "INSIST" => plain && !g.Children[p].Any(c => g.Base[c] == "obl" && g.CaseOf(c) == "ON") &&
                            !HasToBeDoneClause(p),
                // Offering [030] is an intent to cooperate when it offers to do something ("offered to help offset Jordan's
                // losses") or offers someone something ("offered Kenya aid", "offered aid to Kenya"), not a reward, a price
                // or shares with no one offered them ("the U.S. government is offering a $5 million reward", "offer three
                // Paribas shares for one Navigation Mixte", "Missouri had a lot to offer").
                "OFFER" => plain && !g.Children[p].Any(c => g.Base[c] is "xcomp" or "iobj" || g.Base[c] == "obl" && g.CaseOf(c) == "TO" && NamesActor(c)) &&
                           // in the passive, who was offered something is its subject ("Kenya was offered aid"); "the $2 million
                           // reward offered previously by the FBI" offers no one anything
                           (!passive || described >= 0 && !NamesActor(described)),
                // Suggesting that something is so is saying it, no proposal [020] to anyone: "suggests that he has amassed
                // enough material", "suggesting that Iraq will use …" (7 of the 8 such events in the samples; the eighth,
                // "suggested that Elian and his relatives stay", has a plural subjunctive the tagger reads as VBP).
                // "suggested that Russia withdraw" and SUGGEST's patterns ("suggested talks") still propose.
                "SUGGEST" => plain && g.Children[p].Any(c => g.Base[c] is "ccomp") && !HasToBeDoneClause(p),
                // Assuring someone that something was so is telling them, no promise [030]: "Castro assured them that they
                // formed a powerful 'commando'"; "assured him Jordan would close the port" still promises.
                "ASSURE" => plain && g.Children[p].Any(c => g.Base[c] == "ccomp" && IsPast(c)),
                // "Andrew Cuomo, who was sworn in for his second term": taking an oath of office is no allegation [110].
                "SWEAR" => g.Children[p].Any(c => g.Lemma[c] == "IN" && g.Base[c] is "compound" or "advmod" or "obl") || (p + 1 < g.Count && g.Form[p + 1] == "IN"),
                // "the trick caught on with internet stars", "the idea caught on with Russian officials": catching on or up
                // is no capture.
                "CATCH" => p + 1 < g.Count && g.Head[p + 1] == p && g.Form[p + 1] is "ON" or "UP" && g.Base[p + 1] is "advmod" or "compound",
                // "remarks filled with puns", "a room filled with smoke": what something is full of is no submission [080].
                "FILL" => g.Children[p].Any(c => g.Base[c] == "obl" && g.CaseOf(c) == "WITH"),
                // "Canadian athletes have demonstrated incredible prowess", "the test demonstrated that the missile works":
                // something demonstrated is shown, no protest [141]. DEMONSTRATE's patterns still code ("demonstrate
                // support" [051], "in solidarity" [053]).
                "DEMONSTRATE" => plain && !passive && g.Children[p].Any(c => g.Base[c] is "obj" or "ccomp"),
                // "President George H. W. Bush was the first to pardon the bird": a pardon of a thing or an animal (the
                // Thanksgiving turkey) pardons no one [080]; "pardoned him", "pardoned Chelsea Manning" still do.
                "PARDON" => plain && !passive && undergoer >= 0 && g.Upos[undergoer] == "NOUN" && !NamesActor(undergoer),
                // "The global energy shortage, which is particularly threatening to South Africa": threatening "to" someone,
                // with nothing threatened or done, is being dangerous to them, no threat [130] anyone makes.
                "THREATEN" => plain && !passive && undergoer < 0 && g.Children[p].Any(c => g.Base[c] == "obl" && g.CaseOf(c) == "TO") &&
                              !g.Children[p].Any(c => g.Base[c] is "xcomp" or "ccomp" or "iobj"),
                // "Both Senator D'Amato and Chuck Schumer agree this was a horrific crime": agreeing that something is so,
                // with no one agreed with and nothing to be done (no modal, no subjunctive), is an opinion, no agreement
                // [050] ("agreed that the talks will be held in Astana", "agreed with Erdogan" still are).
                "AGREE" => plain && !passive && g.Children[p].Any(c => g.Base[c] == "ccomp" && !IsSubjunctive(c) &&
                                                                    !g.Children[c].Any(a => g.Base[a] == "aux" && g.Token(a).Xpos == "MD")) &&
                           !g.Children[p].Any(c => g.Base[c] is "xcomp" or "obl" or "obj"),
                // "Emergency room doctors and nurses in Vancouver suspect a drug originally used to tranquillize elephants
                // might be the reason": suspecting a thing is no distrust [110] of anyone; someone suspected, as the object
                // or the subject of the clause, still is ("Iraq suspects Kuwait", "suspected that Kuwait was stealing oil").
                "SUSPECT" => plain && !passive && !(undergoer >= 0 && (NamesActor(undergoer) || g.Upos[undergoer] == "PRON")) &&
                             !g.Children[p].Any(c => g.Base[c] == "ccomp" && g.FirstChild(c, "nsubj") is var who and >= 0 &&
                                                     (NamesActor(who) || g.Upos[who] == "PRON")),
                _ => false,
            };
        }

        private EventDraft? CodeVerb(int p)
        {
            bool reducedPassive = IsReducedPassive(g, p);
            bool passive = g.IsPassive(p) || reducedPassive || ObjectPredicateParticiple(g, p) >= 0;
            // "extremists opposed to the IRA's truce", "nationalists opposed to the treaty": opposed to something, with no
            // one opposing, is the opposing.
            if (passive && g.Lemma[p] == "OPPOSE" && AgentOf(g, p) < 0 && g.Children[p].Any(c => g.MarkerOf(c) is >= 0 and var m && g.Lemma[m] == "TO"))
                passive = reducedPassive = false;
            var match = coder._matcher.Match(g, p, passive);
            if (match is null) return null;
            // "The leaders of Turkey and Russia said the attack in Ankara … was an attempt to disrupt …", with "the attack"
            // parsed as what was said: to say, tell or report an attack is no use of force (EXPLAIN_VERBAL's
            // "- * ATTACK [190]").
            if (ReportsNoEvent(p) || SpeechVerbs.Contains(g.Lemma[p]) && match.Pattern is not null && IsForce(match.Code))
            {
                Touched.Add(p);
                return null;
            }
            // Thinking, hoping, needing, dying … (VerbDefaults): no event of their own; a complement codes on its own. ENGAGE
            // with nothing engaged is taking part, not force.
            // A pattern of only a preposition or particle for going or meeting ("- * (TO) [040] # COME", "- * TO [036] #
            // FLY") is a phrasal verb's default: coming or flying to someone or somewhere, not "wouldn't come to the door",
            // "when it comes to money", "flies to 42 cities". ("called for", "called on" [020] stand without anyone.)
            bool phrasalMove = match.Pattern is { WrittenFor: not null } && (match.Code.StartsWith("04", StringComparison.Ordinal) || match.Code.StartsWith("036", StringComparison.Ordinal));
            var defaultUse = phrasalMove ? DefaultUse.NeedsTargetOrPlace
                : match.Pattern is not null ? DefaultUse.Always
                : match.Entry.Before.IsEmpty && match.Entry.After.IsEmpty ? VerbDefaults.For(match.Entry.Lemma, match.Entry.Block, match.Entry.Code)
                : VerbDefaults.ForBlock(match.Entry.Block, match.Entry.Code);
            if (defaultUse is DefaultUse.PatternOnly)
                return DropDefault(p);
            bool hasActive = match.Code.Any(char.IsAsciiDigit), hasReverse = match.Reverse is { } rv && rv.Any(char.IsAsciiDigit);
            if (!hasActive && !hasReverse) return null;
            var d = new EventDraft(p, hasActive ? match.Code : match.Reverse!, match.Describe()) { Specificity = match.Pattern?.Specificity ?? -1 };
            Arguments(p, passive, match.TargetPrepToken, d);
            d.Phrases.AddRange(match.Named);
            if (match.Pattern is null)
            {
                FitDefaultTargets(p, passive, match, d);
                if (DefaultDoesNotFit(p, passive, match, d)) return DropDefault(p);
            }
            else if (!passive) PatternNounIsNoTarget(p, match, d);
            // "President Clinton discussed the Iraq crisis with Tony Blair": what is discussed is the topic; whom with, the
            // other side, named or not ("with the one ally who has backed his threat of force"), whether the parse hangs the
            // "with" phrase on the verb or on the topic.
            if (!passive && DiscussVerbs.Contains(g.Lemma[p]) && DiscussedWith(p) is var with and >= 0)
            {
                d.Targets.RemoveAll(t => t.Relation.StartsWith("obj", StringComparison.Ordinal));
                if (d.Targets.Count == 0) d.Targets.AddRange(PrepositionActors(with, "obl:", "WITH"));
            }
            // "A threatened/promised to attack B": the governor's own event takes the complement's target.
            int comp = Complement(p);
            // "announced its intention to negotiate": the complement is the intended event, coded on its own (planned).
            if (comp >= 0 && HasPlanObject(p)) comp = -1;
            if (comp < 0 && d.Code.Length >= 2 && d.Code[..2] is "02" or "03" or "10" or "13" && !SpeechVerbs.Contains(g.Lemma[p]))
            {
                comp = g.FirstChild(p, "ccomp"); // "demanded that Russia withdraw": what is demanded is not a fact
                // "Russia would attack Ukraine again, Merz warned": a complement before its verb is quoted content, coded on its own.
                if (comp >= 0 && comp < p) comp = -1;
            }
            bool ownTarget = d.Targets.Count > 0;
            if (comp >= 0 && IsVerb(comp))
            {
                var lower = new EventDraft(comp, "", "");
                Arguments(comp, g.IsPassive(comp), -1, lower);
                var lowerSubject = g.FirstChild(comp, "nsubj");
                if (d.Targets.Count == 0 && lowerSubject >= 0)
                    d.Targets.AddRange(lower.Sources.Where(s => !d.Sources.Any(x => x.Actor.Id == s.Actor.Id)).Select(s => s with { Relation = "complement-subject" }));
                // "Anyone with information is urged to call police": a passive governor's other side is its subject, whom
                // it asks or promises, not whom the complement reaches.
                if (d.Targets.Count == 0 && !passive) d.Targets.AddRange(lower.Targets);
                _consumed.Add(comp);
                if (d.Code.Length >= 2 && d.Code[..2] is "02" or "10") _asked.Add(comp);
                d.EvidenceTokens.Add(comp);
                d.Rule += $"; complement {g.Lemma[comp].ToLowerInvariant()}";
            }
            // Verbs whose default needs someone on the receiving end (VerbDefaults): the verb's own target or the subject of
            // its complement ("asking that his son be moved", "Gollum allowed that Mordor isn't …"), not what the complement
            // does to others ("helped build a museum for Russia"). The complement goes with the dropped verb.
            if (defaultUse is not DefaultUse.Always && !VerbDefaults.Allows(defaultUse, passive,
                    ownTarget || d.Targets.Any(t => t.Relation.StartsWith("complement-subject", StringComparison.Ordinal) || t.Relation.StartsWith("nsubj:pass", StringComparison.Ordinal)) || ClauseSubjectIsActor(p),
                    g.Children[p].Any(c => g.Base[c] == "obl" && g.IsPlace(c)),
                    defaultUse is DefaultUse.NeedsTargetOrArmedSubject && SubjectIsArmed(p)))
            {
                // The phrasal verb's own pattern went nowhere: word order would only find the same phrase again.
                if (phrasalMove) { Touched.Add(p); return null; }
                return DropDefault(p);
            }
            if (hasActive) FillFromWordOrder(p, d, sources: !reducedPassive, targets: !DiscussVerbs.Contains(g.Lemma[p]));
            if (IsCommerce(p, comp, d))
            {
                Touched.Add(p);
                return null;
            }
            // "police on foot, carrying a concealed weapon", "he acquired an AK-47 assault rifle", "the Mitsubishi truck that
            // would have carried the bomb": a weapon carried or acquired with no one given it or getting it from anyone is
            // no military aid [072] (all 4 such events in the samples).
            if (match.Pattern is not null && d.Code == "072" && d.Targets.Count == 0)
            {
                Touched.Add(p);
                return null;
            }
            if (hasActive) ParticipialSubject(p, d);
            Modality(p, d);
            Casualties(p, d);
            // "cabin crew workers at British Airways are preparing to strike": workers who strike no one stop work [143].
            if (g.Lemma[p] == "STRIKE" && d.Code.StartsWith("19", StringComparison.Ordinal) && d.Targets.Count == 0 &&
                d.Sources.Count > 0 && d.Sources.All(IsWorkforce))
            {
                d.Code = "143";
                d.Rule += "; labour strike";
                return d;
            }
            // "Susan Dudley … assailed the remarks", "attacked the report": words, plans and decisions are attacked with
            // words [111] (PETRARCH's "- * COMMENT [111] # ATTACK" and its like, for the nouns it does not list).
            if (hasActive && !passive && match.Pattern is null && IsForce(d.Code) && VerbalAttackVerbs.Contains(g.Lemma[p]) &&
                g.FirstChild(p, "obj") is var said and >= 0 && AttackedWords.Contains(g.Lemma[said]))
            {
                d.Code = "111";
                d.Rule += "; words attacked";
                d.EvidenceTokens.Add(said);
            }
            if (hasActive && IsForce(d.Code)) AttackTargetFallback(p, d);
            if (!hasActive)
            {
                // "[:173]": only the reverse direction is coded. The place attacked is looked for once the sides are
                // swapped: it names whom the force was used on ("Eleven people … died in the blast in Dar-es-Salaam,
                // Tanzania" [:190]), never who used it.
                Swap(d);
                FillFromWordOrder(p, d);
                if (IsForce(d.Code)) AttackTargetFallback(p, d);
                d.Rule += "; reverse code";
            }
            else if (hasReverse && d.Sources.Count > 0 && d.Targets.Count > 0)
            {
                // "[040:040]", "[032:033]": the other side's event, only when there are two sides ("Iraq is discussing"
                // is one event, not also a discussion with nobody that Iraq receives).
                var r = new EventDraft(p, match.Reverse!, match.Describe() + "; reverse code") { IdSuffix = "r", Modality = d.Modality, Specificity = d.Specificity };
                r.Sources.AddRange(d.Targets);
                r.Targets.AddRange(d.Sources);
                r.EvidenceTokens.AddRange(d.EvidenceTokens);
                _extra.Add(r);
            }
            return d;
        }

        private static void Swap(EventDraft d)
        {
            var src = d.Sources.ToList();
            d.Sources.Clear();
            d.Sources.AddRange(d.Targets);
            d.Targets.Clear();
            d.Targets.AddRange(src);
        }

        /// <summary>What a war fought without arms is about: "a trade war", "a price war".</summary>
        private static readonly FrozenSet<string> UnarmedWars = Set("TRADE", "PRICE", "CURRENCY", "TARIFF", "CULTURE", "BIDDING", "TURF", "PROPAGANDA", "TAX");

        /// <summary>
        /// An event noun that names a kind of person or thing, or an illness: "prisoners of war", "war machine", "war
        /// crimes", "a heart attack", "a panic attack".
        /// </summary>
        private bool NamesNoEvent(int p) => g.Lemma[p] switch
        {
            // "a war of words", "a simple war of nerves", "a trade war", "the war on drugs": a war without arms.
            "WAR" => g.Head[p] >= 0 && (g.Base[p] == "compound" || (g.Base[p] == "nmod" && g.Lemma[g.Head[p]] is "PRISONER" or "POW")) ||
                     g.Children[p].Any(c => g.Base[c] == "nmod" && (g.CaseOf(c) == "OF" && g.Lemma[c] is "WORD" or "NERVE" or "NERVES" ||
                                                                   g.CaseOf(c) == "ON" && g.Lemma[c] is "DRUG" or "DRUGS" or "POVERTY" or "CRIME") ||
                                           g.Base[c] is "compound" or "amod" && UnarmedWars.Contains(g.Lemma[c])),
            "ATTACK" => g.Children[p].Any(c => g.Base[c] is "compound" or "amod" && g.Lemma[c] is "HEART" or "PANIC" or "ASTHMA" or "ANXIETY" or "CARDIAC"),
            // "the demand for workers", "demand for American cars": a market's demand, when no one is said to demand
            // ("Russia's demand for a ceasefire", "the demand by Kyiv for …" still code).
            "DEMAND" or "DEMANDS" => g.Children[p].Any(c => g.Base[c] == "nmod" && g.CaseOf(c) == "FOR") &&
                                     !g.Children[p].Any(c => g.Rel[c] == "nmod:poss" || g.Base[c] == "nmod" && g.CaseOf(c) is "BY" or "FROM"),
            // "will wait out appeals by the Miami relatives", "if they lose their federal court appeal", "pending the appeal":
            // an appeal in court is no plea [020] to anyone (all 6 noun appeals in the news samples were). A plea says what
            // it asks for or whom it asks: "an appeal for calm", "Kyiv's appeal to its allies to send air defence".
            "APPEAL" => !g.Children[p].Any(c => g.Base[c] == "nmod" && (g.CaseOf(c) == "FOR" || g.CaseOf(c) == "TO" && !CourtNouns.Contains(g.Lemma[c])) ||
                                               g.Base[c] is "acl" && g.HasChild(c, "mark", "TO")),
            _ => false,
        };

        private EventDraft? CodeNoun(int p, EventNoun noun)
        {
            if (NamesNoEvent(p)) return null;
            // "urged Russia to accept a ceasefire", "refused to sign the agreement": the object of a complement folded into
            // an appeal, demand or refusal is what was asked or refused, carried by that event; it did not happen.
            if (g.Base[p] == "obj" && g.Head[p] >= 0 && _asked.Contains(g.Head[p])) return null;
            // A noun that is the object of a coded verb ("launched an attack") is carried by that verb.
            if (g.Base[p] is "obj" && g.Head[p] >= 0 && IsVerb(g.Head[p]) && coder._matcher.Match(g, g.Head[p], g.IsPassive(g.Head[p])) is { } vm &&
                vm.Code.Any(char.IsAsciiDigit) && coder._matcher.PatternNames(g, vm, p))
                return null;
            var code = noun.Code;
            var rule = $"noun {g.Lemma[p].ToLowerInvariant()} [{noun.Code}]";
            // "a planned 48-hour strike at UK airports", "a general strike", "went on strike", "a hunger strike": a strike
            // of workers or prisoners is dissent (CAMEO 143, hunger strikes 142), not force.
            if (g.Lemma[p] is "STRIKE" or "STRIKES" && LabourStrike(p) is { } labour)
            {
                code = labour;
                rule += $"; labour strike → {labour}";
            }
            if (code.StartsWith("19", StringComparison.Ordinal) && code != "192")
            {
                foreach (var c in g.Children[p])
                {
                    if (g.Base[c] is not ("compound" or "amod" or "nmod")) continue;
                    if (EventNouns.AerialWeapons.Contains(g.Lemma[c])) { code = "195"; rule += $"; weapon {g.Lemma[c].ToLowerInvariant()} → 195"; break; }
                    if (EventNouns.ArtilleryWeapons.Contains(g.Lemma[c])) { code = "194"; rule += $"; weapon {g.Lemma[c].ToLowerInvariant()} → 194"; break; }
                }
            }
            var d = new EventDraft(p, code, rule);
            NounArguments(p, noun, d);
            ParticipialSubject(p, d);
            // Who claims responsibility for an attack made it (ClaimVerbOf); only a subject that is itself an actor ("Army
            // of god letters claim responsibility" read "Army" as the U.S. Army).
            if (d.Sources.Count == 0 && IsForce(code) && ClaimVerbOf(p) is var claim and >= 0 && NearestSubject(claim) is var claimer and >= 0 &&
                actors.At(g.First + claimer) is not null)
            {
                d.Sources.AddRange(ActorsOf(claimer, "claims-responsibility"));
                if (d.Sources.Count > 0) d.Rule += "; source claims it";
            }
            // "After a two-hour meeting at his Kennebunkport home with King Hussein, Bush said": the one who went to the
            // meeting is known, and the other side is named inside the phrase (where the parse did not hang it on the noun).
            if (d.Sources.Count > 0 && d.Targets.Count == 0 && code is "046" or "040" &&
                d.Sources.All(x => x.Relation is "attendee-subject" or "appos-head") &&
                MeetingParties(p, ActorsInSubtree(p, [.. d.Sources])) is [var other, ..])
            {
                d.Targets.Add(other);
            }
            if (d.Sources.Count == 0 && d.Targets.Count == 0 && code is "046" or "040")
            {
                // "These negotiations, intended to end Russia's invasion of Ukraine, …": the parties named inside the phrase.
                var inside = ActorsInSubtree(p, []);
                // The parse may hang "…, intended to end Russia's invasion of Ukraine," on the verb: what stands between the
                // subject and its verb still describes the subject.
                int h = g.Head[p];
                int until = inside.Count < 2 && g.Base[p] == "nsubj" && h > p ? h : -1;
                if (inside.Count < 2 && p + 1 < g.Count && g.Form[p + 1] == ",")
                {
                    // "These negotiations, intended to end Russia's invasion of Ukraine, are …": the parenthetical after the noun.
                    int end = p + 2;
                    while (end < g.Count && g.Form[end] is not ("," or ";" or ".")) end++;
                    until = Math.Max(until, end);
                }
                for (int t = p + 1; t < until; t++)
                    if (actors.At(g.First + t) is { } a && !inside.Any(x => x.Actor.Id == a.Actor.Id))
                        inside.Add(new Participant(a.Actor, a.Mention, "subtree"));
                if (h >= 0 && g.Base[p] == "nsubj" && PlanVerbs.Contains(g.Lemma[h]))
                    foreach (var c in g.Children[h]) if (g.Base[c] is "obl" or "advmod") d.Scope.AddRange(g.Subtree(c)); // "scheduled for Istanbul on Thursday"
                MeetingParties(p, inside);
                if (inside.Count >= 2)
                {
                    d.Sources.Add(inside[0] with { Relation = "subtree" });
                    d.Targets.Add(inside.First(x => x.Actor.Id != inside[0].Actor.Id) with { Relation = "subtree" });
                    d.Rule += "; participants from the phrase";
                }
            }
            Modality(p, d);
            Casualties(p, d);
            // "condemned an attack by X in Y": the attack is what the condemnation is about; its target is not guessed from the place.
            if (IsForce(code) && !IsTopicOfReaction(p)) AttackTargetFallback(p, d);
            return d;
        }

        /// <summary>The "with" phrase of a verb of discussing at <paramref name="p"/>, under the verb or under its object, or -1.</summary>
        private int DiscussedWith(int p)
        {
            foreach (var c in g.Children[p])
                if (g.Base[c] == "obl" && g.CaseOf(c) == "WITH") return c;
            int o = g.FirstChild(p, "obj");
            return o < 0 ? -1 : g.Children[o].FirstOrDefault(c => g.Base[c] == "nmod" && g.CaseOf(c) == "WITH" && c > o, -1);
        }

        /// <summary>
        /// The verb that claims the attack noun at <paramref name="p"/> ("Kurdish militants claimed responsibility for Dec. 10
        /// bombings in Istanbul", "Army of God letters claim responsibility for the Atlanta abortion clinic bombing"), or
        /// -1: CLAIM, ACCEPT, TAKE or ADMIT with "responsibility" or "credit", the attack in its "for" phrase (under the
        /// noun or, as the parse may hang it, the verb). Who claims it is who did it.
        /// </summary>
        private int ClaimVerbOf(int p)
        {
            if (g.CaseOf(p) != "FOR" || g.Head[p] < 0) return -1;
            int h = g.Head[p];
            if (g.Base[p] == "nmod" && g.Lemma[h] is "RESPONSIBILITY" or "CREDIT" && g.Base[h] == "obj") h = g.Head[h];
            else if (!(g.Base[p] == "obl" && g.Children[h].Any(c => g.Base[c] == "obj" && g.Lemma[c] is "RESPONSIBILITY" or "CREDIT"))) return -1;
            return h >= 0 && IsVerb(h) && g.Lemma[h] is "CLAIM" or "ACCEPT" or "TAKE" or "ADMIT" ? h : -1;
        }

        private EventDraft Refusal(int p, int comp)
        {
            var lower = IsVerb(comp) ? coder._matcher.Match(g, comp, g.IsPassive(comp)) : null;
            string lowerCode = lower?.Code is { } lc && lc.Any(char.IsAsciiDigit) ? lc : "";
            string code = RejectCodeFor(lowerCode);
            var d = new EventDraft(p, code, $"refusal {g.Lemma[p].ToLowerInvariant()} + {g.Lemma[comp].ToLowerInvariant()}" +
                                            (lowerCode.Length > 0 ? $" [{lowerCode}] → REJECT [{code}]" : $" → REJECT [{code}]") +
                                            (lower is not null && lowerCode.Length > 0 ? $" ({lower.Describe()})" : ""));
            if (IsNoun(p)) NounArguments(p, EventNouns.Find("REFUSAL")!, d);
            else Arguments(p, g.IsPassive(p), -1, d);
            var inner = new EventDraft(comp, "", "");
            Arguments(comp, g.IsPassive(comp), lower?.TargetPrepToken ?? -1, inner);
            d.Targets.Clear();
            d.Targets.AddRange(inner.Targets);
            if (IsVerb(p)) FillFromWordOrder(p, d, targets: false);
            FillFromWordOrder(comp, d);
            d.EvidenceTokens.Add(comp);
            _consumed.Add(comp);
            _asked.Add(comp);
            Modality(p, d);
            if (d.Modality is Core.Modality.Asserted) d.Modality = Core.Modality.Refused;
            return d;
        }

        /// <summary>Which REJECT subcode fits what was refused.</summary>
        private static string RejectCodeFor(string lower)
        {
            if (lower.Length < 2) return "120";
            return lower[..2] switch
            {
                "03" when lower.StartsWith("036", StringComparison.Ordinal) => "125",
                "04" => "125",
                "03" => "120",
                "06" or "07" => "121",
                "08" => "124",
                "05" => "120",
                _ => "120",
            };
        }

        // ---------- arguments ----------

        private void Arguments(int p, bool passive, int targetPrep, EventDraft d)
        {
            // Source.
            var subj = passive ? Agent(p) : NearestSubject(p);
            if (!passive && subj < 0 && SpeakerAfterQuote(p) is var speaker and >= 0)
            {
                // What was said names no one acted on; whom the speaker addressed is left unsaid.
                d.Sources.AddRange(ActorsOf(speaker, "speaker-after-verb"));
                return;
            }
            if (subj >= 0) d.Sources.AddRange(ActorsOf(subj, passive ? "obl:agent" : "nsubj"));
            // "the Pope's visit will persuade more Cubans": an act that is the subject is its doer's (not "Kopp's arrest",
            // which befalls him).
            if (d.Sources.Count == 0 && !passive && subj >= 0 && g.Upos[subj] == "NOUN" && EventNouns.Find(g.Lemma[subj]) is { PossessorUndergoes: false })
                foreach (var c in g.Children[subj])
                    if (g.Rel[c] == "nmod:poss") d.Sources.AddRange(ActorsOf(c, "nsubj>poss"));
            // "he and Turkish President Recep Tayyip Erdogan agreed", parsed as two subjects, the second opening with "and",
            // or "thousands of American, British, Egyptian, Syrian and Moroccan forces assemble", split at a comma: the
            // second is conjoined to the first.
            if (!passive && subj >= 0)
                foreach (var c in g.Children[p])
                    if (c > subj && g.Rel[c] == "nsubj" && g.Subtree(c).Min() is var first &&
                        (g.Base[first] == "cc" && g.Form[first] == "AND" || OnlyPunctuationBetween(g.Subtree(subj).Max(), first)))
                        d.Sources.AddRange(ActorsOf(c, "nsubj>conj").Where(x => !d.Sources.Any(s => s.Actor.Id == x.Actor.Id)));
            // "Trump said he would meet Putin": a pronoun subject of reported speech is the speaker; "which" or "who"
            // is its antecedent ("MindSpring, which provided the space, …, spokesman Serge Clermont said"; "that" may
            // be a demonstrative: "That's leaving small investors with cold feet, they said").
            // Not "nobody", "everyone" or "someone": "``Nobody talks to Fidel,'' Juanita Castro said" is not her talking.
            if (d.Sources.Count == 0 && subj >= 0 && g.Upos[subj] == "PRON" && g.Lemma[subj] is not ("WHICH" or "WHO") && !IsIndefinite(subj) && IsReported(p) &&
                !NumberDisagrees(subj, g.FirstChild(g.Head[p], "nsubj")))
                d.Sources.AddRange(SubjectOf(g.Head[p], 0, "speaker"));
            // A subject of its own that names no actor still acts ("a policeman is killed when a bomb explodes": not the
            // policeman).
            if (d.Sources.Count == 0 && !passive && !(subj >= 0 && (g.Upos[subj] is "NOUN" or "PROPN" || g.Lemma[subj] == "WHICH"))) d.Sources.AddRange(InheritedSubject(p, 0));
            if (d.Sources.Count == 0 && passive)
            {
                // No agent: "Zelenskyy is set to meet…" — the passive subject of a raising frame controls the complement.
            }
            // Target.
            if (targetPrep >= 0) d.Targets.AddRange(ActorsOf(targetPrep, "obl:" + (g.CaseOf(targetPrep) ?? "").ToLowerInvariant()));
            if (d.Targets.Count == 0)
            {
                var first = passive ? new[] { "nsubj:pass" } : ["obj", "iobj"];
                foreach (var c in g.ChildrenWith(p, first))
                {
                    // "work out further military action with Moscow … after the government takes full control": a noun
                    // before the subject of a verb that follows its subject is no object of it, however the parser hangs
                    // it (a relative pronoun aside: "the village that the rebels attacked").
                    if (!passive && subj >= 0 && c < subj && subj < p && !RelativePronouns.Contains(g.Lemma[c]) && g.Upos[c] != "PRON") continue;
                    d.Targets.AddRange(ActorsOf(c, g.Rel[c]));
                    if (d.Targets.Count == 0) d.Targets.AddRange(OwnerOf(c, g.Rel[c]));
                    if (d.Targets.Count > 0) break;
                }
                if (d.Targets.Count == 0 && passive && ObjectPredicateParticiple(g, p) is var patient and >= 0)
                    d.Targets.AddRange(ActorsOf(patient, "controller:obj:pass"));
                if (d.Targets.Count == 0 && passive && IsReducedPassive(g, p))
                {
                    // "Russian missiles fired at Kyiv", "U.S. sanctions imposed on Iran": a weapon or a measure is what is
                    // fired or imposed, and whose it is, the one who did it; what it is aimed at comes from its phrase.
                    if (!IsPassiveParticipleClause(g, p) && IsInstrument(g.Head[p]))
                    {
                        if (d.Sources.Count == 0) d.Sources.AddRange(NounSource(g.Head[p], "instrument-owner"));
                    }
                    else d.Targets.AddRange(IsPassiveParticipleClause(g, p) ? SubjectOf(g.Head[p], 0, "advcl-subject:pass") : ActorsOf(g.Head[p], "acl-head:pass"));
                }
                if (d.Targets.Count == 0 && !passive && NameAsObject(p) is var named and >= 0) d.Targets.AddRange(ActorsOf(named, "xcomp-name"));
            }
            if (d.Targets.Count == 0)
            {
                foreach (var c in g.Children[p])
                {
                    if (g.Base[c] != "obl" || g.Rel[c] == "obl:agent") continue;
                    var cs = g.CaseOf(c);
                    if (cs is null || !TargetPreps.Contains(cs)) continue;
                    // "arrived at the FBI lab", "shooting skeet at the Buffalo Shooting Club", "join the bloc at the Madrid
                    // summit": after "at", a name that only modifies the place is no one acted on.
                    d.Targets.AddRange(PrepositionActors(c, "obl:", cs));
                    if (d.Targets.Count > 0) break;
                }
            }
            // "Russia condemned and threatened Ukraine": a conjoined verb shares the object that follows it; "If Kopp were
            // also indicted and convicted": a conjoined passive shares the passive subject.
            if (d.Targets.Count == 0 && g.Rel[p] == "conj" && IsVerb(g.Head[p]))
            {
                int o = g.FirstChild(g.Head[p], "obj");
                if (o > p) d.Targets.AddRange(ActorsOf(o, "shared-obj"));
                else if (passive && g.FirstChild(p, "nsubj") < 0 && g.FirstChild(g.Head[p], "nsubj:pass") is var shared and >= 0) d.Targets.AddRange(ActorsOf(shared, "shared-nsubj:pass"));
                // "Munero … returned to Cuba later that year, only to be jailed", "Ahmed returned to Egypt, only to be
                // arrested by the police": a conjoined passive with no subject of its own befalls the active subject;
                // "called for Sinn Fein … to be expelled", misparsed as a conjunct, befalls the "for" phrase.
                else if (passive && g.FirstChild(p, "nsubj") < 0 && g.FirstChild(p, "nsubj:pass") < 0 &&
                         g.FirstChild(g.Head[p], "nsubj") is var actor and >= 0 && actor < g.Head[p])
                    d.Targets.AddRange(ForSubject(g, p) is var forSubject and >= 0 ? ActorsOf(forSubject, "for-subject") : ActorsOf(actor, "shared-nsubj"));
            }
            // Relative clause whose relative pronoun is the object: "the village that the rebels attacked".
            if (d.Targets.Count == 0 && g.Rel[p] == "acl:relcl" && g.ChildrenWith(p, "obj").Any(o => RelativePronouns.Contains(g.Lemma[o])))
                d.Targets.AddRange(ActorsOf(g.Head[p], "relcl-object"));
            // "attacked the town with NATO support", "by attacking without UN approval": whose leave or help it is, is not acted on.
            d.Targets.RemoveAll(t => InLeavePhrase(g, p, t.Mention.Span));
            d.Sources.RemoveAll(s => d.Targets.Any(t => t.Actor.Id == s.Actor.Id && t.Mention == s.Mention));
        }

        /// <summary>
        /// "Putin called Erdogan on Tuesday": with no object, the parser may read a name right after the verb as a
        /// predicative complement, as in "called him a liar"; an actor's name there is the object. -1 when there is none.
        /// </summary>
        private int NameAsObject(int p)
        {
            if (g.FirstChild(p, "obj") >= 0) return -1;
            int x = g.FirstChild(p, "xcomp");
            return x > p && g.Upos[x] == "PROPN" && actors.At(g.First + x) is not null ? x : -1;
        }

        /// <summary>
        /// An event noun that is the object of a verb coding a verbal reaction of its own (CAMEO 01–05, 09–14: "condemned an
        /// attack", "welcomed the talks", "investigate the bombings"). PETRARCH codes only the reaction; Tacitus keeps the noun's event but takes its
        /// participants from its own phrase only, not from the reacting verb's subject or from where it happened.
        /// </summary>
        private bool IsTopicOfReaction(int p)
        {
            if (g.Base[p] != "obj" || g.Head[p] < 0 || !IsVerb(g.Head[p])) return false;
            int h = g.Head[p];
            var code = coder._matcher.Match(g, h, g.IsPassive(h)) is { } m && m.Code.Any(char.IsAsciiDigit) ? m.Code
                : wordOrder is not null && wordOrder.TryGetValue(h, out var w) ? w.Code : "";
            // Statements, appeals, consultations, investigations ("FBI agents … to investigate the bombings"), demands,
            // criticism, rejection, threats and protests are about the event, not by whoever reacts.
            return code.Length >= 2 && code[..2] is "01" or "02" or "03" or "04" or "05" or "09" or "10" or "11" or "12" or "13" or "14";
        }

        private bool HasPlanObject(int v) => g.Children[v].Any(c => g.Base[c] == "obj" && PlanNouns.Contains(g.Lemma[c]));

        private bool IsReported(int p) => g.Base[p] == "ccomp" && g.Head[p] >= 0 && SpeechVerbs.Contains(g.Lemma[g.Head[p]]);

        /// <summary>Who or what does <paramref name="p"/>: its active subject, or the "by" phrase of the passive; -1 when none.</summary>
        private int Cause(int p, bool passive)
        {
            if (passive) return Agent(p);
            foreach (var c in g.Children[p])
                if (g.Base[c] == "nsubj" && g.Rel[c] != "nsubj:pass") return c;
            // "Bethlehem Steel Corp., hammered by higher costs …": a participle the parse did not read as passive still
            // names its cause with "by".
            return g.Token(p).Xpos == "VBN" ? Agent(p) : -1;
        }

        private int Agent(int p) => AgentOf(g, p);

        /// <summary>The understood subject of a verb without one: control, raising, coordination, relative and participial clauses.</summary>
        private List<Participant> InheritedSubject(int p, int depth)
        {
            if (depth > 6 || g.Head[p] < 0) return [];
            int h = g.Head[p];
            var rel = g.Rel[p];
            if (g.Base[p] is "xcomp" || (g.Base[p] is "ccomp" or "advcl" && g.HasChild(p, "mark", "TO")))
            {
                // "must be dreaming for the family to allow Cuban spies", "called for Vacco to revive that unit": a "for"
                // phrase right before the infinitive is its subject, whether or not it names an actor.
                if (ForSubject(g, p) is var forSubject and >= 0) return ActorsOf(forSubject, "for-subject");
                // Object control ("urged Russia to withdraw") before subject control ("refused to accept").
                var obj = g.FirstChild(h, "obj", "iobj"); // "urged President-elect Donald Trump to establish": the parser may call the one urged an indirect object
                // An "object" before its verb outside a relative clause is a clause's "that" misread, and "have to" is a
                // duty, whatever the parse hangs on "have" ("told … that the father himself had to apply"): the subject is
                // who acts. ("the rebels whom Russia urged to withdraw" keeps its object.)
                if (obj >= 0 && obj < h && (g.Rel[h] != "acl:relcl" || g.Lemma[h] == "HAVE" && g.HasChild(p, "mark", "TO"))) obj = -1;
                // "met Steele in London to discuss allegations", "phoned Erdogan to discuss": who meets or calls someone to
                // do something does it (with them); the one met does not.
                if (obj >= 0 && g.Base[p] == "advcl" && MeetingVerbs.Contains(g.Lemma[h])) obj = -1;
                // An "object" with a preposition of its own is a misparsed phrase of where ("decision to travel to the
                // United States on Thursday to affirm his desire": Gonzalez affirms, not the United States).
                if (obj >= 0 && IsVerb(h) && !g.HasChild(obj, "case"))
                {
                    // "want the court to let them meet": a personal pronoun object is who acts even when it names no actor; a
                    // thing ("sought talks to end the war") leaves the act to the subject.
                    var o = ActorsOf(obj, "controller:obj");
                    // "burning Serbian flags to protest": a thing an actor's name only describes does nothing.
                    bool describedThing = actors.At(g.First + obj) is null && g.Upos[obj] == "NOUN" &&
                                          o.All(x => g.FirstTokenIn(x.Mention.Span) is var t and >= 0 && g.Base[t] == "amod");
                    if (o.Count > 0 && !describedThing || g.Token(obj).Xpos == "PRP") return o;
                    // "only to have Lazaro Gonzalez's family withdraw the request": the object of a verb of making or
                    // letting, or of a causative "have" (no "to": "has the power to enforce" is the subject's), does
                    // what follows, named or not, never the subject.
                    if ((ObjectControlVerbs.Contains(g.Lemma[h]) || g.Lemma[h] == "HAVE" && !g.HasChild(p, "mark", "TO")) &&
                        g.Upos[obj] is "NOUN" or "PROPN")
                        return [];
                }
                // "it was unfair to penalize children", "it is time to act": after an expletive "it" whoever would do it is
                // left unsaid, not the subject of a clause coordinated with it.
                if (g.FirstChild(h, "expl") >= 0) return [];
                return SubjectOf(h, depth, "controller");
            }
            if (rel == "conj" && IsVerb(h))
                return SubjectBeforeAuxiliary(p) is var own and >= 0 ? ActorsOf(own, "misattached-subject") : SubjectOf(h, depth, "conj-subject");
            if (rel == "conj" && !IsNoun(p))
            {
                // "condemned an attack … on Thursday and promised aid": a verb the parser conjoined to a noun is
                // coordinated with the nearest verb above it. A nominal predicate on the way with a subject of its own is
                // that clause ("these children are, for the most part, breaking into homes … and stealing cars": the
                // children, not the detective who says so).
                int x = h;
                for (int guard = 0; x >= 0 && !IsVerb(x) && guard < 12; guard++)
                {
                    if (g.FirstChild(x, "nsubj") is var own and >= 0 && g.FirstChild(x, "cop") >= 0) return ActorsOf(own, "conj-subject");
                    x = g.Head[x];
                }
                if (x >= 0 && IsVerb(x)) return SubjectOf(x, depth, "conj-subject");
            }
            if (rel == "acl:relcl") return ActorsOf(h, "relcl-head");
            if (g.Base[p] == "acl")
            {
                // "Gonzalez has made the right decision to travel", "Cohen announced plans to travel": a plan or decision
                // that names no owner, made, had or announced, is the subject's of that verb (not of one that blocks or
                // rejects it: "would block any attempt to take Elian").
                bool plan = PlanNouns.Contains(g.Lemma[h]) || g.Lemma[h] == "DECISION";
                if (IsNoun(h) && (EventNouns.Find(g.Lemma[h]) is not null || plan || EventNouns.Negators.Contains(g.Lemma[h])))
                {
                    var owner = NounSource(h, "noun-controller");
                    return owner.Count == 0 && plan && g.Base[h] == "obj" && g.Head[h] >= 0 && PlanMakingVerbs.Contains(g.Lemma[g.Head[h]])
                        ? SubjectOf(g.Head[h], depth, "noun-controller") : owner;
                }
                // "the government has the authority to seize", "gives prosecutors broad authority to seize assets": a power to
                // act is its holder's, the subject of "have" or whom it is given to; "authority" here is no agency.
                // The parser may call the one given it a first object, and hang a fronted phrase's noun on "have" as a
                // subject ("Under the Racketeer Influenced … law, the government has"): the subject nearest the verb.
                if (g.Upos[h] == "NOUN" && IsPowerNoun(h) && g.Base[h] == "obj" && g.Head[h] is var holding and >= 0 && IsVerb(holding))
                {
                    int given = g.Children[holding].LastOrDefault(c => c < h && g.Base[c] is "iobj" or "obj", -1);
                    if (given >= 0) return ActorsOf(given, "power-holder");
                    int holder = g.Children[holding].LastOrDefault(c => c < holding && g.Base[c] == "nsubj", -1);
                    return holder >= 0 ? ActorsOf(holder, "power-holder") : SubjectOf(holding, depth, "power-holder");
                }
                return ActorsOf(h, "acl-head");
            }
            if (g.Base[p] == "advcl" && g.HasChild(p, "mark", "OF", "FOR") && IsVerb(h) && g.FirstChild(h, "obj") is int ctl and >= 0)
            {
                // "accused Russia of attacking Ukraine", "blamed Kyiv for shelling": the object does what the clause says.
                var o = ActorsOf(ctl, "controller:obj");
                if (o.Count > 0) return o;
            }
            // "Russia opposes Ukraine joining NATO", "objects to Ukraine joining": a gerund right after its head's object is
            // that object's doing.
            if (GerundSubject(p) is var doer and >= 0) return ActorsOf(doer, "gerund-subject");
            // "clashed with police in Tbilisi after the government suspended EU accession talks": a finite adverbial clause
            // has a subject of its own, though the parser hung it, with the clause's "after", on a noun before; the main
            // clause's is not it.
            if (g.Base[p] == "advcl" && g.Token(p).Xpos is "VBD" or "VBZ" or "VBP" && MisattachedSubject(p) is var subject and >= 0)
                return ActorsOf(subject, "misattached-subject");
            if (g.Base[p] == "advcl" && !g.Children[p].Any(c => g.Base[c] == "mark" && g.Lemma[c] != "TO")) return SubjectOf(h, depth, "advcl-subject");
            // "while cautioning about the uncertainty of early battle reports, White House spokesman Marlin Fitzwater said",
            // "after meeting Putin, Trump said": a participle a conjunction of time opens, with no subject of its own, is
            // done by the main clause's subject.
            if (g.Base[p] == "advcl" && g.Token(p).Xpos == "VBG" && g.Children[p].Any(c => c < p && g.Base[c] == "mark" && ParticipleOpeners.Contains(g.Lemma[c])))
                return SubjectOf(h, depth, "advcl-subject");
            return [];
        }

        /// <summary>
        /// "Cuba has not prohibited Gonzalez from going to Miami to retrieve Elian, American attorneys -- and even American
        /// officials -- have counseled against it": a noun right before a conjoined verb's auxiliary, with no "and" or
        /// "or" between, is the subject of a clause of its own, though the parser made it an object of the first; -1 when
        /// there is none.
        /// </summary>
        private int SubjectBeforeAuxiliary(int p)
        {
            int aux = g.FirstChild(p, "aux");
            if (aux < 0 || aux > p || g.Lemma[aux] is "TO") return -1;
            int x = aux - 1;
            while (x >= 0 && (g.Base[x] is "advmod" || g.Upos[x] == "PUNCT" && g.Form[x] != ",")) x--;
            return x >= 0 && x > g.Head[p] && g.Upos[x] is "NOUN" or "PROPN" && g.Base[x] is not ("obl" or "nmod") && !g.Dominates(p, x) ? x : -1;
        }

        /// <summary>The noun phrase right before a clause that the clause's "after", "because" … marks, which the parser hung
        /// elsewhere: "after the upper house of the Dutch parliament voted" (the house); -1 when there is none.</summary>
        private int MisattachedSubject(int p)
        {
            int x = p - 1;
            if (x < 0 || !IsNoun(x)) return -1;
            // up from the phrase's last noun through the nouns it modifies ("of the Dutch parliament")
            for (int guard = 0; guard < 4; guard++)
            {
                if (g.Children[x].Any(c => g.Base[c] == "case" && FactMarks.Contains(g.Lemma[c]))) return x;
                if (g.Base[x] != "nmod" || g.Head[x] < 0 || g.Head[x] > x || !IsNoun(g.Head[x])) return -1;
                x = g.Head[x];
            }
            return -1;
        }

        /// <summary>The object or oblique of its head that a gerund clause with no marker follows right after ("opposes
        /// [Ukraine] joining NATO"): the gerund's own subject; -1 when there is none.</summary>
        private int GerundSubject(int p)
        {
            if (g.Base[p] != "advcl" || g.Token(p).Xpos != "VBG" || g.Head[p] < 0 || g.Children[p].Any(c => g.Base[c] == "mark")) return -1;
            foreach (var c in g.Children[g.Head[p]])
                if (c < p && g.Base[c] is "obj" or "obl" && g.Subtree(c).Max() == p - 1) return c;
            return -1;
        }

        private List<Participant> SubjectOf(int h, int depth, string relation)
        {
            if (IsNoun(h)) return NounSource(h, relation);
            var s = Subject(h);
            if (s >= 0) return ActorsOf(s, relation);
            return InheritedSubject(h, depth + 1);
        }

        private List<Participant> NounSource(int n, string relation)
        {
            foreach (var c in g.Children[n])
                if (g.Rel[c] == "nmod:poss") { var a = ActorsOf(c, relation + ":poss"); if (a.Count > 0) return a; }
            foreach (var c in g.Children[n])
                if (g.Base[c] is "amod" or "compound") { var a = ActorsOf(c, relation + ":" + g.Base[c]); if (a.Count > 0) return a; }
            // "lack of willingness to engage": the owner of the governing noun.
            if (g.Base[n] == "nmod" && g.Head[n] >= 0 && IsNoun(g.Head[n])) return NounSource(g.Head[n], relation);
            return [];
        }

        /// <summary>
        /// "the Kenya embassy bombing", "the Kuwait invasion", "the Vietnam War": a noun naming a country by its full name,
        /// or a building, before an attack names what was attacked; the adjective ("the Russian missile strike") and the
        /// abbreviation ("U.S. air strikes", "US embargo") name who attacked. In three news samples the 6 compound sources
        /// this takes for targets were all wrong; the 9 it leaves (NATO summit, U.S. ultimatum, PKK attack …) were right.
        /// </summary>
        private bool IsAttackedModifier(int p, int c, List<Participant> named)
        {
            if (g.Rel[c] != "compound" || named.Count != 1 || !IsAttack(p)) return false;
            var a = named[0];
            // "the Iran-Iraq war" names both sides
            if (g.Children[p].Any(k => k != c && g.Rel[k] == "compound" && ActorsOf(k, "compound").Any(o => o.Actor.Id != a.Actor.Id)) ||
                g.Subtree(c).Any(t => actors.At(g.First + t) is { } other && other.Actor.Id != a.Actor.Id)) return false;
            // "the U.S. embassy bombing": the building the actor's name ends in
            for (int t = 0; t < g.Count; t++)
                if (a.Mention.Span.Contains(g.Span(t)) && AttackedBuildings.Contains(g.Lemma[t])) return true;
            // a country ("Kenya"; "Kuwait" in 1990 is occupied territory, KWTOCC), not an actor with a role in it
            bool country = (a.Actor.Cameo is { Length: 3 } && a.Actor.Cameo == a.Actor.Country) ||
                           g.Doc.Places.Any(pl => pl.Sentence == g.Sentence && pl.IsCountry && pl.Span == a.Mention.Span);
            if (!country) return false;
            var words = g.Doc.TextOf(a.Mention.Span);
            return words.Length > 3 && !words.Contains('.', StringComparison.Ordinal) && words.Any(char.IsLower);
        }

        /// <summary>
        /// The two sides of a pair of names joined by a hyphen or slash in the phrase of noun <paramref name="p"/>, one of
        /// them <paramref name="a"/>: ("Russia", "Ukraine") in "the Russia-Ukraine talks". Null when no other actor
        /// stands right across a hyphen from it.
        /// </summary>
        private (Participant Left, Participant Right)? HyphenPartner(int p, Participant a)
        {
            int first = -1, last = -1;
            for (int t = 0; t < g.Count; t++)
                if (a.Mention.Span.Overlaps(g.Span(t))) { if (first < 0) first = t; last = t; }
            if (first < 0) return null;
            Participant? Across(int hyphen, int other) =>
                Math.Min(hyphen, other) >= 0 && Math.Max(hyphen, other) < g.Count && g.Form[hyphen] is "-" or "–" or "/" && other != p && g.Dominates(p, other) &&
                actors.At(g.First + other) is { } b && b.Actor.Id != a.Actor.Id ? new Participant(b.Actor, b.Mention, a.Relation) : null;
            if (Across(last + 1, last + 2) is { } after) return (a, after);
            if (Across(first - 1, first - 2) is { } before) return (before, a);
            return null;
        }

        /// <summary>"the Russia-Ukraine talks", "U.S.-China trade talks", "Israel-Syrian talks" (parsed as a possessor): two
        /// names joined by a hyphen before a noun that is no attack are its two sides, in their order; true when added.</summary>
        private bool AddHyphenPair(int p, List<Participant> named, EventDraft d)
        {
            if (named.Count != 1 || IsAttack(p) || HyphenPartner(p, named[0]) is not var (left, right)) return false;
            d.Sources.Add(left with { Relation = "compound:pair" });
            d.Targets.Add(right with { Relation = "compound:pair" });
            return true;
        }

        private void NounArguments(int p, EventNoun noun, EventDraft d)
        {
            foreach (var c in g.Children[p])
            {
                var cs = g.CaseOf(c);
                switch (g.Rel[c])
                {
                    case "nmod:poss":
                        // "Kopp's arrest": the one arrested; "Putin's rejection": the one rejecting.
                        var owners = ActorsOf(c, "nmod:poss");
                        if (AddHyphenPair(p, owners, d)) break;
                        (noun.PossessorUndergoes ? d.Targets : d.Sources).AddRange(owners);
                        break;
                    // "Russian missile strike", "U.S. ultimatum": the adjective or the country acts. A city or region
                    // ("Atlanta attacks", "Nairobi bombing", "Madrid summit") says where, not who.
                    case "amod" or "compound":
                        // "Trump's China trip", "his Moscow visit": the place named before a journey is where it goes.
                        if (g.Rel[c] == "compound" && g.Lemma[p] is "TRIP" or "VISIT" && g.PlaceAt(c) is { IsDemonym: false })
                        {
                            d.Targets.AddRange(ActorsOf(c, "compound:destination").Where(a => !d.Targets.Any(t => t.Actor.Id == a.Actor.Id)));
                            break;
                        }
                        if (d.Sources.Count > 0) break;
                        var named = ActorsOf(c, g.Rel[c]).Where(a => !g.IsSubnationalPlace(a.Mention.Span)).ToList();
                        if (AddHyphenPair(p, named, d)) break;
                        if (IsAttackedModifier(p, c, named))
                            d.Targets.AddRange(named.Where(a => !d.Targets.Any(t => t.Actor.Id == a.Actor.Id)).Select(a => a with { Relation = "compound:attacked" }));
                        else d.Sources.AddRange(named);
                        break;
                }
                if (g.Base[c] != "nmod" || g.Rel[c] == "nmod:poss") continue;
                if (cs == "BY") d.Sources.AddRange(ActorsOf(c, "nmod:by"));
                else if (cs == "BETWEEN")
                {
                    var both = ActorsOf(c, "nmod:between");
                    if (both.Count >= 2) { d.Sources.Add(both[0]); d.Targets.AddRange(both.Skip(1)); }
                }
                else if (cs == "OF")
                {
                    if (noun.Of == OfRole.Source) d.Sources.AddRange(ActorsOf(c, "nmod:of"));
                    else d.Targets.AddRange(ActorsOf(c, "nmod:of"));
                }
                else if (cs == "FROM") d.Sources.AddRange(ActorsOf(c, "nmod:from")); // "threats from the United States", "aid from Japan"
                else if (cs is not null && TargetPreps.Contains(cs)) d.Targets.AddRange(PrepositionActors(c, "nmod:", cs));
            }
            if (g.Head[p] >= 0 && g.Base[p] == "obj" && IsVerb(g.Head[p]))
            {
                int h = g.Head[p];
                // "The Russian strike drew condemnation", "Ukraine needs assistance from the EU": the subject is what the
                // noun's event is aimed at.
                if (UndergoerVerbs.Contains(g.Lemma[h]))
                {
                    if (d.Targets.Count == 0) d.Targets.AddRange(SubjectOf(h, 0, "undergoer-subject"));
                }
                // "Merz issued a warning": light verbs lend their subject.
                else if (d.Sources.Count == 0 && !IsTopicOfReaction(p)) d.Sources.AddRange(SubjectOf(h, 0, "light-verb-subject"));
            }
            if (d.Sources.Count == 0 && g.Rel[p] == "acl:relcl") d.Sources.AddRange(ActorsOf(g.Head[p], "relcl-head"));
            // A meeting, visit or talks no one is named for is the one's who goes to it: "Freeh, on an official visit to
            // Mexico, asked", "Sytenko left for consultations with the governments", "Cheney and Powell returned from a
            // visit with military commanders".
            if (d.Sources.Count == 0 && IsMeetingNoun(noun) && g.Head[p] >= 0 && !g.Children[p].Any(c => g.Rel[c] == "nmod:poss"))
            {
                if (g.Rel[p] == "appos") d.Sources.AddRange(ActorsOf(g.Head[p], "appos-head"));
                // Not the subject of a passive ("she was harassed during a weekend meeting", "Sinn Fein to be expelled from
                // the talks"), nor one the parse lends a verb it cut off from its own subject.
                else if (g.Base[p] == "obl" && IsVerb(g.Head[p]) && !g.IsPassive(g.Head[p]) &&
                         g.CaseOf(p) is "ON" or "IN" or "DURING" or "FOR" or "FROM" or "AFTER" or "AT")
                {
                    int h = g.Head[p], s = Subject(h);
                    if (s >= 0) d.Sources.AddRange(ActorsOf(s, "attendee-subject"));
                    else if (g.Rel[h] == "xcomp") d.Sources.AddRange(SubjectOf(h, 0, "attendee-subject"));
                }
            }
            // "Putin's lack of participation", "Russia's plan for talks": the owner of the governing noun.
            if (d.Sources.Count == 0 && g.Base[p] == "nmod" && g.Head[p] >= 0 && IsNoun(g.Head[p]) &&
                (EventNouns.Negators.Contains(g.Lemma[g.Head[p]]) || PlanNouns.Contains(g.Lemma[g.Head[p]])))
                d.Sources.AddRange(NounSource(g.Head[p], "governing-noun"));
            d.Sources.RemoveAll(s => d.Targets.Any(t => t.Actor.Id == s.Actor.Id && t.Mention == s.Mention));
        }

        /// <summary>Nouns of meeting and going to meet: talks, meetings, consultations, visits, trips.</summary>
        private static bool IsMeetingNoun(EventNoun noun) => noun.Code is "040" or "042" or "046";

        /// <summary>"lamented Putin's lack of participation": when the object is not an actor, its owner is the one affected.</summary>
        private List<Participant> OwnerOf(int n, string relation)
        {
            // "Elian's father is permitted": whose kin or agent it is, is not who is acted on.
            if (IsOwnedByOthers(g.Lemma[n])) return [];
            // A pronoun owner waits for a named one ("the EU imposed its package of sanctions on Russia": Russia, not the
            // EU again); it is kept when nothing else is named ("criticised his decision").
            List<Participant>? pronounOwner = null;
            foreach (var c in g.Children[n])
                if (g.Rel[c] == "nmod:poss")
                {
                    var a = ActorsOf(c, relation + ">poss");
                    if (a.Count == 0) continue;
                    if (g.Upos[c] != "PRON") return a;
                    pronounOwner ??= a;
                }
            var named = NamedOwnerOf(n, relation);
            return named.Count > 0 || pronounOwner is null ? named : pronounOwner;
        }

        private List<Participant> NamedOwnerOf(int n, string relation)
        {
            // "condemned an attack by Osgiliath soldiers": the agent of an event noun is the one the reaction is about.
            if (EventNouns.Find(g.Lemma[n]) is not null)
                foreach (var c in g.Children[n])
                    if (g.Base[c] == "nmod" && g.CaseOf(c) == "BY") { var a = ActorsOf(c, relation + ">by"); if (a.Count > 0) return a; }
            foreach (var c in g.Children[n])
                if (g.Base[c] == "nmod" && g.CaseOf(c) is "OF" or "AGAINST" or "ON") { var a = ActorsOf(c, relation + ">of"); if (a.Count > 0) return a; }
            // "issued a warning to Putin", "offered aid to Kyiv"; not where a journey goes ("oppose the boy's return to
            // Cuba" opposes no Cuba).
            foreach (var c in g.Children[n])
                if (g.Base[c] == "nmod" && g.CaseOf(c) is { } cs && TargetPreps.Contains(cs) && !IsDestination(g, n, cs)) { var a = ActorsOf(c, relation + ">" + cs.ToLowerInvariant()); if (a.Count > 0) return a; }
            return [];
        }

        /// <summary>The actors a phrase headed by <paramref name="h"/> names: the head's actor, else an actor among its compounds, names, adjectives or appositions; plus conjuncts.</summary>
        private List<Participant> ActorsOf(int h, string relation)
        {
            var result = new List<Participant>();
            Collect(h, relation, result, 0);
            return result;
        }

        private void Collect(int h, string relation, List<Participant> result, int depth)
        {
            if (depth > 3) return;
            if (RelativePronouns.Contains(g.Lemma[h]) && g.Head[h] >= 0 && g.Rel[g.Head[h]] == "acl:relcl" && g.Head[g.Head[h]] >= 0)
            {
                Collect(g.Head[g.Head[h]], relation + ">relpron", result, depth + 1);
                return;
            }
            if (g.Lemma[h] is "WHO" or "WHOM" or "WHICH" && RelativeAntecedent(h) is int ante and >= 0 &&
                !(g.Lemma[h] == "WHICH" && InPlacePhrase(ante)))
            {
                // "Zelenskyy, who met Erdoğan, …" parsed without the relative clause: the actor just before the pronoun.
                Collect(ante, relation + ">relpron", result, depth + 1);
                return;
            }
            bool found = false;
            if (actors.At(g.First + h) is { } a)
            {
                Add(result, new Participant(a.Actor, a.Mention, relation));
                found = true;
                // "American and Tanzanian workers": a nationality coordinated before the group's own names a group too.
                foreach (var c in g.Children[h])
                    if (g.Base[c] is "amod" or "compound")
                        foreach (var t in g.Subtree(c))
                            if (actors.At(g.First + t) is { } other && other.Actor.Id != a.Actor.Id && other.Mention.Producer == "description:coordinated")
                                Add(result, new Participant(other.Actor, other.Mention, relation + ">conj"));
            }
            if (!found)
            {
                foreach (var c in g.Children[h])
                {
                    // "Hundreds of former fighters gathered", "arrested dozens of protesters", "some of the militants": a
                    // quantity or a part is of the group its "of" names.
                    bool partOf = g.Base[c] == "nmod" && g.CaseOf(c) == "OF" && IsQuantity(h);
                    if (g.Base[c] is "compound" or "flat" or "amod" or "appos" || (g.Base[c] == "nmod" && g.CaseOf(c) is "SUCH" or "LIKE" or "INCLUDING") || partOf)
                    {
                        int before = result.Count;
                        Collect(c, partOf ? relation + ">of" : relation, result, depth + 1);
                        if (result.Count > before) { found = true; break; }
                    }
                }
                // "Osama bin Laden, the exiled Saudi millionaire who is accused …": the antecedent of a relative pronoun set
                // beside a name as its description is that name, not the country its adjective names ("Brothers to the
                // Rescue, a Cuban exile group that …" keeps the exiles).
                if (relation.EndsWith(">relpron", StringComparison.Ordinal) && g.Base[h] == "appos" && g.Upos[h] == "NOUN" &&
                    g.Head[h] is var named and >= 0 && g.Upos[named] == "PROPN" && actors.At(g.First + named) is { } owner &&
                    result.All(r => r.Actor.Cameo is { Length: 3 } code && code == r.Actor.Country))
                {
                    result.Clear();
                    Add(result, new Participant(owner.Actor, owner.Mention, relation + ">appos"));
                    found = true;
                }
            }
            foreach (var c in g.Children[h])
                if ((g.Base[c] == "conj" && IsNoun(c) || g.Base[c] == "conj" && actors.At(g.First + c) is not null) && !IsUnjoinedSpeaker(h, c))
                    Collect(c, relation + ">conj", result, depth + 1);
                // "Arnor, Calenardhon and Gondor" parsed as an apposition with conjuncts: a list, not a second name. Not
                // a description of the one named ("Turkey, a NATO member and a partner in the campaign": no NATO acting).
                else if (found && g.Base[c] == "appos" && g.Upos[c] != "NOUN" && g.Children[c].Any(x => g.Base[x] == "conj"))
                    Collect(c, relation + ">conj", result, depth + 1);
        }

        /// <summary>"… bombings that killed 224 people, police said": a noun the parse conjoins without any "and" or "or" in
        /// the coordination, right before a verb of saying, is that verb's subject, not one more of those acted on.</summary>
        private bool IsUnjoinedSpeaker(int h, int c) =>
            !g.Children[h].Any(x => g.Base[x] == "conj" && x >= c && g.Children[x].Any(k => g.Base[k] == "cc")) &&
            actors.At(g.First + c) is { } a && IsParentheticalSpeaker(g, a.Mention.Span);

        /// <summary>Whether a pronoun subject of what is said cannot be its speaker: "They vandalised a number of businesses
        /// …," he said (the gang, not the man who tells of it); "he would meet Putin," they said.</summary>
        private bool NumberDisagrees(int pronoun, int speaker)
        {
            if (speaker < 0) return false;
            bool plural = g.Lemma[pronoun] is "THEY" or "THEM";
            bool singular = g.Lemma[pronoun] is "HE" or "SHE" or "HIM" or "HER";
            return plural && g.Lemma[speaker] is "HE" or "SHE" || singular && g.Lemma[speaker] is "THEY" or "WE";
        }

        /// <summary>Whether token <paramref name="h"/> is a weapon or a measure no actor is named by: "missiles", "sanctions".</summary>
        private bool IsInstrument(int h) => IsNoun(h) && actors.At(g.First + h) is null && InstrumentNouns.Contains(g.Lemma[h]);

        /// <summary>Whether a side is a workforce: labour ("LAB" in its code) or a noun of working people ("pilots",
        /// "nurses", "cabin crew").</summary>
        private bool IsWorkforce(Participant x)
        {
            if (ActorCodes.HasPart(x.Actor.Cameo, "LAB")) return true;
            var words = PhraseNormalizer.Words(g.Doc.TextOf(x.Mention.Span));
            if (words.Count > 0 && LabourStrikeWords.Contains(words[^1])) return true;
            // "British pilots": the noun a nationality modifies
            int t = PhraseHead(g, x.Mention.Span);
            return t >= 0 && g.Base[t] is "amod" or "compound" && g.Head[t] >= 0 && LabourStrikeWords.Contains(g.Form[g.Head[t]]);
        }

        /// <summary>A singular noun of a power or right to act ("the authority to seize"), not the plural agency ("the
        /// authorities").</summary>
        private bool IsPowerNoun(int h) => g.Token(h).Xpos == "NN" && PowerNouns.Contains(g.Lemma[h]);

        /// <summary>The subject of <paramref name="h"/>: its own, before the outer subject of a copula the parse also hangs
        /// on it ("The American hope is that someone … will step forward": someone steps, not the hope).</summary>
        private int Subject(int h)
        {
            int s = g.FirstChild(h, "nsubj");
            if (s >= 0 && g.Rel[s] == "nsubj:outer")
                foreach (var c in g.Children[h])
                    if (g.Rel[c] == "nsubj") { s = c; break; }
            // "U.S. District Judge Michael Barrett in Cincinnati imposed": when the parse split a name into two subjects, one
            // right after the other and the second right before the verb, and the first names no one, the second is it
            // (not "President Clinton and Attorney General Janet Reno", a list).
            if (s < 0 || s > h) return s;
            foreach (var c in g.Children[h])
                if (c > s && g.Rel[c] == "nsubj" && g.Subtree(c) is var words && words.Max() + 1 == h && g.Subtree(s) is var first &&
                    words.Min() == first.Max() + 1 && !words.Concat(first).Any(k => g.Base[k] is "cc" or "conj") && ActorsOf(s, "nsubj").Count == 0)
                    return c;
            return s;
        }

        /// <summary>
        /// The verb's subject. A speaker's "I" or "we" after a comma is the subject of the verb it comes before, though
        /// the parse gives that verb an earlier subject too ("She is, I can assure you, …": "I" assures, not the queen);
        /// so is a subject after the comma that ends a fronted "while …" clause the parse did not keep apart.
        /// </summary>
        private int NearestSubject(int p)
        {
            int subj = Subject(p);
            if (subj < 0 || subj > p) return subj;
            // "While state-run television broadcast footage of … against the repatriation of Elian Gonzalez, the Cuban
            // government urged": of two subjects the parse gives the verb, one right after a comma and right before the
            // verb is its subject when a "while", "of" … the parse hung on the verb or the first subject opens a clause
            // before it (not a list split at its commas: "American, British … and Moroccan forces assemble").
            bool fronted = g.Children[subj].Any(c => c < subj && g.Base[c] == "mark") || g.Children[p].Any(c => c < subj && g.Base[c] == "mark");
            foreach (var c in g.Children[p])
                if (c > subj && c < p && g.Rel[c] == "nsubj" && g.Subtree(c).Min() is var first && first > 0 && g.Form[first - 1] == "," &&
                    (g.Lemma[c] is "I" or "WE" && first == c ||
                     fronted && g.Subtree(c).Max() + 1 == p && g.Upos[c] is "NOUN" or "PROPN" && !g.Subtree(c).Any(k => g.Base[k] == "cc") && !g.Subtree(subj).Any(k => g.Base[k] == "conj")))
                    subj = c;
            return subj;
        }

        /// <summary>Whether only punctuation stands between tokens <paramref name="a"/> and <paramref name="b"/> (at least one mark).</summary>
        private bool OnlyPunctuationBetween(int a, int b)
        {
            if (b <= a + 1) return false;
            for (int t = a + 1; t < b; t++)
                if (g.Upos[t] != "PUNCT") return false;
            return true;
        }

        /// <summary>Whether token <paramref name="h"/> counts or parts a group named by its "of" phrase: "hundreds", "a group",
        /// "some". Not a number ("a ruling by one of its judges that prevents …": the parser hangs the ruling's relative
        /// clause on "one").</summary>
        private bool IsQuantity(int h) =>
            QuantityNouns.Contains(g.Lemma[h]) || g.Upos[h] is "PRON" or "DET" or "ADJ" && QuantityWords.Contains(g.Lemma[h]);

        /// <summary>
        /// The code of a strike that is a stoppage of work or a hunger strike: 142 for "hunger strike", 143 for one of a
        /// length ("48-hour", "one-day"), a general, national, labour, rail … strike, or "on strike"; null for any other strike.
        /// A hunger strike is told by "hunger" before it.
        /// </summary>
        private string? LabourStrike(int p)
        {
            foreach (var c in g.Children[p])
            {
                if (g.Base[c] is "compound" or "amod" or "nummod" or "nmod" && g.Lemma[c] == "HUNGER") return "142";
                if (g.Base[c] is not ("compound" or "amod" or "nummod" or "obl" or "nmod")) continue;
                var w = g.Lemma[c];
                if (LabourStrikeWords.Contains(w)) return "143";
                // "48-hour", "one-day", "two-week": a strike of a length (the number is the modifier's own).
                if (w is "HOUR" or "DAY" or "WEEK" or "MONTH" && g.Children[c].Any(n => g.Base[n] == "nummod")) return "143";
            }
            // "workers went on strike", "are on strike"
            return g.Base[p] is "obl" or "nmod" && g.CaseOf(p) == "ON" && !g.Children[p].Any(c => g.Base[c] == "det") ? "143" : null;
        }

        /// <summary>
        /// The actors of a phrase with preposition <paramref name="preposition"/> headed by <paramref name="c"/>, as a
        /// verb's or noun's target. After "at", a name that only modifies the place is no one acted on ("arrived at the
        /// FBI lab", "a strike at UK airports").
        /// </summary>
        private IEnumerable<Participant> PrepositionActors(int c, string relationPrefix, string preposition) =>
            ActorsOf(c, relationPrefix + preposition.ToLowerInvariant()).Where(x => preposition != "AT" || !OnlyModifies(x.Mention.Span));

        /// <summary>Whether every word of a mention is a compound or adjective modifying a word outside it ("the Madrid summit").</summary>
        private bool OnlyModifies(TextSpan mention)
        {
            bool any = false;
            for (int t = 0; t < g.Count; t++)
            {
                if (!mention.Contains(g.Span(t))) continue;
                any = true;
                int h = g.Head[t];
                if (h >= 0 && mention.Contains(g.Span(h))) continue;
                if (g.Base[t] is not ("compound" or "amod" or "flat")) return false;
            }
            return any;
        }

        /// <summary>
        /// Whether the phrase of <paramref name="n"/> (through coordination) says where, after "in", "at", "on" or "near":
        /// "the bombings at U.S. embassies in Kenya and Tanzania, which have killed …" are what killed, not Tanzania; "trouble
        /// with Iran, which had condemned …" is Iran.
        /// </summary>
        private bool InPlacePhrase(int n)
        {
            for (int guard = 0; g.Rel[n] == "conj" && g.Head[n] >= 0 && guard < 8; guard++) n = g.Head[n];
            return g.Children[n].Any(c => g.Base[c] == "case" && g.Form[c] is "IN" or "AT" or "ON" or "NEAR");
        }

        /// <summary>The actor right before a relative pronoun ("Zelenskyy, who …"), or -1.</summary>
        private int RelativeAntecedent(int pronoun)
        {
            int j = pronoun - 1;
            if (j >= 0 && g.Form[j] == ",") j--;
            return j >= 0 && actors.At(g.First + j) is not null ? j : -1;
        }

        private static void Add(List<Participant> list, Participant p)
        {
            if (!list.Any(x => x.Actor.Id == p.Actor.Id && x.Mention == p.Mention)) list.Add(p);
        }

        /// <summary>Removes from <paramref name="inside"/> the city before meeting noun <paramref name="p"/> ("the NATO
        /// Washington summit", "the Moscow talks", "last year's Madrid summit"): it says where the meeting is, not who meets.</summary>
        private List<Participant> MeetingParties(int p, List<Participant> inside)
        {
            inside.RemoveAll(x => g.IsSubnationalPlace(x.Mention.Span) && PhraseHead(g, x.Mention.Span) is var t && t >= 0 &&
                                  g.Base[t] == "compound" && g.Head[t] == p);
            return inside;
        }

        private List<Participant> ActorsInSubtree(int p, List<Participant> exclude)
        {
            var result = new List<Participant>();
            foreach (var t in g.Subtree(p))
                if (actors.At(g.First + t) is { } a && !exclude.Any(e => e.Actor.Id == a.Actor.Id) && !result.Any(r => r.Actor.Id == a.Actor.Id))
                    result.Add(new Participant(a.Actor, a.Mention, "subtree"));
            return result;
        }

        /// <summary>
        /// Whether the mention lies in the by-phrase (obl:agent) of a participle set off by a comma after <paramref name="p"/>
        /// ("the attack, condemned by the White House"), not of one describing something else ("occupation of land claimed by
        /// Palestinians").
        /// </summary>
        private bool IsAgentUnder(int p, TextSpan mention)
        {
            for (int x = g.FirstTokenIn(mention); x >= 0 && x != p; x = g.Head[x])
                if (g.Rel[x] == "obl:agent") return g.Head[x] is var v and > 0 && g.Head[v] == p && g.Form[v - 1] == ",";
            return false;
        }

        /// <summary>
        /// Whether the mention lies in a clause under <paramref name="p"/> with a subject of its own: "75 people were killed
        /// …, Red Cross and ambulance officials said", "No one was hurt, but firefighters ordered the evacuation", "was
        /// raided and his roommate … was taken into custody". Who acts there is no one the event befell.
        /// </summary>
        private bool InClauseOfItsOwn(int p, TextSpan mention)
        {
            int t = g.FirstTokenIn(mention);
            for (int x = t >= 0 ? g.Head[t] : -1; x >= 0 && x != p; x = g.Head[x])
                if (IsVerb(x) && g.FirstChild(x, "nsubj", "csubj") >= 0 && g.Base[x] is "conj" or "parataxis" or "ccomp" or "advcl") return true;
            return false;
        }

        /// <summary>
        /// Whether the mention is the active subject of another verb under <paramref name="p"/>: "deadly attacks — Kurdish
        /// militants claimed responsibility …" (parsed as a relative clause of "attacks"): those who act are no victims.
        /// </summary>
        private bool ActsInClauseUnder(int p, TextSpan mention)
        {
            for (int t = 0; t < g.Count; t++)
                if (mention.Contains(g.Span(t)) && g.Rel[t] == "nsubj" && g.Head[t] is var v and >= 0 && v != p && IsVerb(v) && !mention.Contains(g.Span(v)) &&
                    !RelativePronouns.Contains(g.Lemma[t]))
                    return true;
            return false;
        }

        /// <summary>Whether <paramref name="inner"/> is the possessor of the phrase <paramref name="outer"/> names, or in a
        /// relative clause of it: "Hun Sen" in "Hun Sen's troops" when the troops are the source; the police in "stabbed …
        /// by Taleh Habibzade who called the police".</summary>
        private bool InPhraseOf(TextSpan outer, TextSpan inner)
        {
            int h = g.FirstTokenIn(outer);
            if (h < 0) return false;
            while (g.Head[h] >= 0 && outer.Contains(g.Span(g.Head[h]))) h = g.Head[h];
            foreach (var c in g.Children[h])
                if (g.Rel[c] is "nmod:poss" or "acl:relcl" && g.Subtree(c).Any(u => inner.Contains(g.Span(u)))) return true;
            return false;
        }

        private void AttackTargetFallback(int p, EventDraft d)
        {
            if (d.Targets.Count > 0) return;
            // "a war between relatives living on both sides of the Florida Straits": the text names the sides, and they
            // are no actors; the place is not one of them.
            if (g.Children[p].Any(c => g.Base[c] == "nmod" && g.CaseOf(c) == "BETWEEN")) return;
            // "the Russian missile strike, killing three people … in the area of Sumy, northeastern Ukraine": the place attacked names the target.
            // Who reacted to the attack ("The attack, condemned by the White House and the United Nations") is not its target.
            // Nor is the owner of a subject that names someone's kin, who act ("Elian's relatives in Miami have fought").
            var inside = ActorsInSubtree(p, d.Sources).Where(x => !d.Sources.Any(s => s.Mention == x.Mention) && !IsAgentUnder(p, x.Mention.Span) && !InLeavePhrase(g, p, x.Mention.Span) &&
                                                                 !(IsVerb(p) && g.Children[p].Any(c => g.Base[c] == "nsubj" && IsKinOwner(g, c, x.Mention.Span))) &&
                                                                 !InClauseOfItsOwn(p, x.Mention.Span) && !ActsInClauseUnder(p, x.Mention.Span) && !IsParentheticalSpeaker(g, x.Mention.Span) && !IsDenied(g, x.Mention.Span) && !d.Sources.Any(s => s.Mention.Span.Contains(x.Mention.Span) || InPhraseOf(s.Mention.Span, x.Mention.Span))).ToList();
            foreach (var t in d.Scope.Distinct().Order())
                if (actors.At(g.First + t) is { } a && !d.Sources.Any(s => s.Actor.Id == a.Actor.Id) && !inside.Any(x => x.Actor.Id == a.Actor.Id))
                    inside.Add(new Participant(a.Actor, a.Mention, "located-in"));
            if (inside.Count > 0)
            {
                // The place attacked ("… in Sumy, northeastern Ukraine") before a victim of unknown country ("killing
                // five civilians", ---CVL): the country is what the strike was on.
                int known = inside.FindIndex(x => !ActorCodes.HasUnknownCountry(x.Actor.Cameo));
                if (known >= 0)
                {
                    d.Targets.Add(inside[known] with { Relation = "located-in" });
                    d.Rule += "; target from the place attacked";
                }
                else
                {
                    d.Targets.Add(inside[0] with { Relation = "victims" });
                    d.Rule += "; target from the victims named";
                }
            }
        }

        // ---------- modality ----------

        /// <summary>
        /// An "if/unless" clause the parser labelled a complement ("will attend if Putin decides …" as ccomp): a condition
        /// unless its governor asks or knows something ("asked if Putin would come" is an embedded question).
        /// </summary>
        private bool IsMisattachedCondition(int clause, int mark) =>
            g.Base[clause] == "ccomp" && g.Lemma[mark] is ("IF" or "UNLESS") && g.Head[clause] >= 0 && !QuestionVerbs.Contains(g.Lemma[g.Head[clause]]);

        /// <summary>
        /// A conditional clause: an adverbial one with "if", "unless" or "whether", or one with "if" or "unless" that the
        /// parser hung on a noun ("would not meet Zelenskyy if Ukraine attacked": no relative clause starts with "if").
        /// </summary>
        private bool IsCondition(int clause) =>
            g.Base[clause] == "advcl" && g.Children[clause].Any(c => g.Base[c] == "mark" && ConditionalMarks.Contains(g.Lemma[c])) ||
            g.Base[clause] == "acl" && g.Children[clause].Any(c => g.Base[c] == "mark" && g.Lemma[c] is "IF" or "UNLESS");

        /// <summary>
        /// An adverbial clause of cause, time or concession ("because", "after", "although" …): a fact beside its main clause.
        /// The parser often makes "after" a preposition of the clause's subject ("after Russia attacked"), so the clause's
        /// first word counts as well as its marker.
        /// </summary>
        private bool IsFactClause(int clause)
        {
            if (g.Children[clause].Any(c => g.Base[c] == "mark" && FactMarks.Contains(g.Lemma[c]))) return true;
            int first = g.Subtree(clause).Where(t => g.Base[t] != "punct").Min();
            return first < clause && FactMarks.Contains(g.Lemma[first]) && g.Base[first] is "mark" or "case";
        }

        /// <summary>"no-one was injured", "nobody was hurt", "no civilians were killed", "neither side fired": a subject that
        /// names no one.</summary>
        private bool IsNobody(int c) =>
            g.Lemma[c] is "NOBODY" or "NO-ONE" or "NOONE" or "NONE" ||
            g.Children[c].Any(k => g.Base[k] is "det" or "advmod" && g.Lemma[k] is "NO" or "NEITHER");

        /// <summary>A subject that names no one in particular: nobody (<see cref="IsNobody"/>), everyone, someone, anyone.</summary>
        private bool IsIndefinite(int c) => IsNobody(c) || g.Lemma[c] is "EVERYONE" or "EVERYBODY" or "SOMEONE" or "SOMEBODY" or "ANYONE" or "ANYBODY" or "ONE";

        /// <summary>"looked forward to visiting Kenya": what one looks forward to is yet to happen.</summary>
        private bool LooksForward(int h) => g.Lemma[h] == "LOOK" && (g.HasChild(h, "advmod", "FORWARD") || g.HasChild(h, "compound", "FORWARD"));

        private void Modality(int p, EventDraft d)
        {
            bool negated = false, hypothetical = false, planned = false, alleged = false, governorOnly = false, tenseless = false, keepNegation = true;
            int x = p;
            for (int guard = 0; x >= 0 && guard < 12; guard++)
            {
                foreach (var c in g.Children[x])
                {
                    // "no" before another noun than the event's denies that noun, not the event in its phrase: "there have
                    // been no mass cancellations as a result of the Embassy bombings".
                    if ((g.Base[c] is "advmod" or "neg" or "aux" || g.Base[c] == "det" && (x == p || !IsNoun(x))) && NegationWords.Contains(g.Lemma[c]) ||
                        (g.Base[c] is "advmod" && NegationWords.Contains(g.Form[c])))
                    { if (keepNegation) { negated = true; d.EvidenceTokens.Add(c); } }
                    else if (g.Base[c] == "aux" && FutureAux.Contains(g.Form[c])) { if (!tenseless) { planned = true; d.EvidenceTokens.Add(c); } }
                    else if (g.Base[c] == "aux" && g.Form[c] == "WOULD" && IsReported(x)) { if (!tenseless) { planned = true; d.EvidenceTokens.Add(c); } } // future in the past
                    else if (g.Base[c] == "aux" && HypotheticalAux.Contains(g.Form[c])) { hypothetical = true; d.EvidenceTokens.Add(c); }
                    else if (g.Base[c] == "mark" && ConditionalMarks.Contains(g.Lemma[c]) && (IsCondition(x) || IsMisattachedCondition(x, c))) { hypothetical = true; d.EvidenceTokens.Add(c); }
                    else if (g.Base[c] == "amod" && IsNoun(x) && PlanAdjectives.Contains(g.Form[c])) { planned = true; d.EvidenceTokens.Add(c); }
                    else if (x == p && IsVerb(p) && g.Base[c] == "nsubj" && IsNobody(c)) { negated = true; d.EvidenceTokens.Add(c); }
                    // "Police gave no details about the negotiations", "met nobody from the opposition": an object that
                    // names nothing denies the act.
                    else if (x == p && IsVerb(p) && g.Base[c] == "obj" && IsNobody(c)) { negated = true; d.EvidenceTokens.Add(c); }
                    // "nor do we endorse his rhetoric", "nor will it accept the result": a conjunct "nor" opens is denied,
                    // with its own auxiliary and subject as much as without; so is the first, after "neither" ("The
                    // court neither approves nor disapproves the decision").
                    else if (x == p && g.Base[c] == "cc" && g.Lemma[c] is "NOR" or "NEITHER") { if (keepNegation) { negated = true; d.EvidenceTokens.Add(c); } }
                    else if (g.Base[c] is "amod" or "advmod" && AllegedWords.Contains(g.Form[c])) { alleged = true; d.EvidenceTokens.Add(c); }
                }
                if (governorOnly) break; // only the governing verb's own auxiliaries and negation
                int h = g.Head[x];
                if (h < 0) break;
                var rel = g.Base[x];
                // "has formally called for Sinn Fein … to be expelled", with the infinitive misparsed as a conjunct: what one
                // calls, waits or asks for someone to do is not done.
                if (rel == "conj" && ForSubject(g, x) >= 0) { hypothetical = true; d.EvidenceTokens.Add(h); }
                // "The ceasefire was aimed at evacuating both rebels and civilians": what a plan aims at is planned (the act
                // itself or its infinitive, not what a clause there says: "aimed at warning citizens that exiles could …").
                if (rel is "advcl" or "obl" && g.Lemma[h] == "AIM" && (g.HasChild(x, "mark", "AT") || g.CaseOf(x) == "AT") &&
                    (x == p || g.Head[p] == x && g.Base[p] == "xcomp"))
                { planned = true; d.EvidenceTokens.Add(h); }
                if (rel is "xcomp" or "ccomp" or "advcl" && g.HasChild(x, "mark", "TO") || rel == "xcomp")
                {
                    if (PlanVerbs.Contains(g.Lemma[h]) || PromiseVerbs.Contains(g.Lemma[h]) || HasPlanObject(h) || LooksForward(h)) { planned = true; d.EvidenceTokens.Add(h); }
                    else if (ThreatVerbs.Contains(g.Lemma[h])) { hypothetical = true; d.EvidenceTokens.Add(h); }
                    else if (FailVerbs.Contains(g.Lemma[h])) { negated = true; d.EvidenceTokens.Add(h); }
                    // "called on all states to cooperate", "called for Vacco to revive that unit": what one is called on to
                    // do is not done.
                    else if (g.Lemma[h] == "CALL" && ForSubject(g, x) >= 0) { hypothetical = true; d.EvidenceTokens.Add(h); }
                }
                // "to avoid endangering motorists", "stopped providing Ritter with …", "refrain from attacking": what one
                // avoids or stops doing is not done, unless the avoiding is itself denied ("did not stop shelling").
                // A gerund only: "stopped to talk to reporters" did talk.
                // "is bitterly opposed to uniting Ireland", "objected to sending troops", "resisted joining": what one opposes
                // doing is not done either.
                if (StopVerbs.Contains(g.Lemma[h]) && g.Token(x).Xpos == "VBG" && (rel == "xcomp" || rel == "advcl" && (x == h + 1 || g.HasChild(x, "mark", "FROM") || g.HasChild(x, "mark", "TO") || GerundSubject(x) >= 0)))
                {
                    if (g.Children[h].Any(c => g.Base[c] is "advmod" or "neg" && NegationWords.Contains(g.Lemma[c]))) keepNegation = false;
                    else { negated = true; d.EvidenceTokens.Add(h); }
                }
                if (rel is "nsubj" && PlanVerbs.Contains(g.Lemma[h]) || rel == "nsubj" && g.Rel[x] == "nsubj:pass" && PlanVerbs.Contains(g.Lemma[h]))
                { planned = true; d.EvidenceTokens.Add(h); }
                if (IsNoun(h) && rel is "nmod" or "acl")
                {
                    if (EventNouns.Negators.Contains(g.Lemma[h])) { negated = true; d.EvidenceTokens.Add(h); }
                    else if (PlanNouns.Contains(g.Lemma[h])) { planned = true; d.EvidenceTokens.Add(h); }
                    // "has the authority to seize assets", "We as Christians have a responsibility to protect the innocent":
                    // a power or a duty to act is not the act.
                    else if (rel == "acl" && (IsPowerNoun(h) || DutyNouns.Contains(g.Lemma[h]))) { hypothetical = true; d.EvidenceTokens.Add(h); }
                }
                // "demanded that Sununu resign", "a suggestion that Sununu offer to resign": a subjunctive clause says what
                // is to be done, not what is done.
                if (rel is "ccomp" or "acl" && IsSubjunctive(x) && !g.HasChild(x, "mark", "TO")) { hypothetical = true; d.EvidenceTokens.Add(h); }
                // "if Putin decided to participate": a condition is hypothetical whatever its main clause says or promises.
                if (IsCondition(x)) { hypothetical = true; break; }
                if (IsAllegation(x)) { alleged = true; d.EvidenceTokens.Add(h); }
                // "The Kremlin denied that Putin had refused …": what a denial's clause says is reported as not so; so is a
                // gerund denied ("China denied supplying weapons to Russia").
                if (DenyVerbs.Contains(g.Lemma[h]) && (rel == "ccomp" || rel == "xcomp" && g.Token(x).Xpos == "VBG")) { negated = true; d.EvidenceTokens.Add(h); }
                if (rel == "advcl" && IsFactClause(x)) break;
                // Reported speech keeps its own modality; stop at clause boundaries other than complements and noun modifiers.
                if (rel is "xcomp" or "acl" or "nmod" or "advcl" || (rel == "ccomp" && g.HasChild(x, "mark", "TO")))
                {
                    // An adverbial clause with a subject of its own is not denied with its main clause: "Russia did not
                    // attack because Ukraine withdrew"; "Government officials had threatened to revoke …", which the parser
                    // hung on "did not sign", was not a threat denied. What is planned or hypothetical still carries.
                    if (rel == "advcl" && g.FirstChild(x, "nsubj", "nsubj:pass") >= 0) keepNegation = false;
                    x = h;
                    continue;
                }
                // "threatened to respond with a missile strike", "promised to return the favor with his own attendance": an
                // event noun that is the means of a verb's act happens as that act does.
                if (rel == "obl" && x == p && IsNoun(x) && ResponseVerbs.Contains(g.Lemma[h]) && g.CaseOf(x) == "WITH") { x = h; continue; }
                // "called for an emergency Security Council meeting", "demanded talks": an event noun asked for has not
                // happened.
                if (x == p && IsNoun(x) && IsVerb(h) && (rel == "obj" && AskedObjectVerbs.Contains(g.Lemma[h]) || rel == "obl" && g.CaseOf(x) == "FOR" && AskForVerbs.Contains(g.Lemma[h])))
                { hypothetical = true; d.EvidenceTokens.Add(h); }
                // "would never accept the ceasefire": an event noun that is a verb's object shares the verb's modality.
                if (rel == "obj" && x == p && IsNoun(x) && IsVerb(h)) { x = h; governorOnly = true; continue; }
                // "She will explore the city's landmarks on day trips", "could be killed in an attack": an event noun in a
                // verb's phrase is as future or as hypothetical as the verb, not denied with it ("nobody was hurt in the
                // attack"). A future perfect looks back: "will have plunged his country into a fruitless eight-year war".
                if (rel == "obl" && x == p && IsNoun(x) && IsVerb(h))
                {
                    x = h;
                    governorOnly = true;
                    keepNegation = false;
                    tenseless = g.Children[h].Any(c => g.Base[c] == "aux" && g.Lemma[c] == "HAVE");
                    continue;
                }
                // "would allow for a peace imposed by Moscow": a participle describing a noun shares the noun's verb's
                // hypothetical or negated status, not its tense ("will sign the deal brokered by Turkey").
                if (rel is "obj" or "obl" && x == g.Head[p] && IsReducedPassive(g, p) && IsVerb(h)) { x = h; governorOnly = true; tenseless = true; continue; }
                if (rel == "nsubj" && PlanVerbs.Contains(g.Lemma[h])) { x = h; continue; }
                // "could start hostilities … or attack Jordan", "will meet Erdogan and discuss the war": a coordinated verb
                // without auxiliaries or a subject of its own shares its first conjunct's, with what that takes from the
                // clauses above it ("plotted to kill a soldier and then attack a police station", "intended to shut down
                // abortion clinics and harass local doctors" are planned). Negation carries over "or" and "nor" ("did not
                // attack or bomb"), not "and" or "but" ("did not sign but left").
                if (rel == "conj" && IsVerb(x) && IsVerb(h) && !g.Children[x].Any(c => g.Base[c] is "aux" or "nsubj" or "csubj" or "mark"))
                {
                    keepNegation = g.Children[x].Any(c => g.Base[c] == "cc" && g.Lemma[c] is "OR" or "NOR");
                    x = h;
                    continue;
                }
                break;
            }
            d.Modality = negated ? Core.Modality.Negated : hypothetical ? Core.Modality.Hypothetical : planned ? Core.Modality.Planned :
                alleged ? Core.Modality.Alleged : Core.Modality.Asserted;
        }

        /// <summary>
        /// Whether what <paramref name="x"/> names is what its governor accuses someone of: "charged with killing",
        /// "accused Russia of striking Sumy", "arrested for the attack", "alleged that the army shelled", "charges of murder".
        /// </summary>
        private bool IsAllegation(int x)
        {
            int h = g.Head[x];
            if (h < 0) return false;
            var rel = g.Base[x];
            if (IsVerb(h) && rel is "obl" or "advcl" or "nmod" && AccuseVerbs.TryGetValue(g.Lemma[h], out var preps))
                return g.CaseOf(x) is { } m && preps.Contains(m);
            if (IsVerb(h) && rel == "ccomp" && AllegeVerbs.Contains(g.Lemma[h])) return true;
            // (not "the general in charge of the attack", nor a relative clause: "the charges that he filed")
            return IsNoun(h) && AllegationNouns.Contains(g.Lemma[h]) && g.CaseOf(h) != "IN" &&
                   (rel is "nmod" && g.CaseOf(x) == "OF" || rel is "acl" or "ccomp" && g.Rel[x] != "acl:relcl");
        }

        // ---------- casualties ----------

        private int AttackGovernor(int k)
        {
            int h = g.Head[k];
            if (h >= 0 && g.Base[k] is "acl" or "advcl" or "conj" or "xcomp" && IsAttack(h)) return h;
            foreach (var c in g.Children[k])
                if (g.Base[c] == "nsubj" && IsAttack(c)) return c;
            // "the Russian missile strike, killing three people": a subjectless participle right after an attack, however attached.
            if (g.Form[k].EndsWith("ING", StringComparison.Ordinal) && g.FirstChild(k, "nsubj") < 0)
                for (int j = k - 1; j >= 0 && j >= k - 3; j--)
                {
                    if (IsAttack(j)) return j;
                    if (g.Form[j] is not ("," or "-" or "—")) break;
                }
            return -1;
        }

        private bool IsAttack(int i)
        {
            if (IsNoun(i) && (EventNouns.Find(g.Lemma[i]) ?? EventNouns.Find(g.Form[i])) is { } n) return IsForce(n.Code);
            if (IsVerb(i) && coder._matcher.Match(g, i, g.IsPassive(i)) is { } m) return IsForce(m.Code);
            return false;
        }

        private void Casualties(int p, EventDraft d)
        {
            if (d.Code.Length < 2 || d.Code[..2] is not ("18" or "19" or "20")) return;
            var clauses = new List<int> { p };
            foreach (var c in g.Children[p]) if (g.Base[c] is "acl" or "advcl" or "conj" or "xcomp") clauses.Add(c);
            if (g.Base[p] == "nsubj" && g.Head[p] >= 0) clauses.Add(g.Head[p]);
            for (int k = p + 1; k < g.Count && k <= p + 3; k++)
                if (CasualtyVerbs.Contains(g.Lemma[k]) && !clauses.Contains(k) && AttackGovernor(k) == p) clauses.Add(k);
            // "Three civilians were killed in a Russian drone strike", "two soldiers were killed and five wounded in an
            // attack": the people killed in the attack are its casualties and, with no other target, its target.
            bool victimsAsTarget = false;
            if (IsNoun(p) && g.Base[p] == "obl" && g.Head[p] is var h and >= 0 && IsCasualtyWord(h) && g.HasChild(p, "case", "IN", "DURING"))
            {
                victimsAsTarget = d.Targets.Count == 0;
                foreach (var k in CasualtyChain(h)) if (!clauses.Contains(k)) clauses.Add(k);
            }
            foreach (var k in clauses)
            {
                if (!IsCasualtyWord(k)) continue;
                // a passive verb's subject; an adjective's ("five wounded"); an active verb's object
                var victims = g.FirstChild(k, g.IsPassive(k) ? "nsubj:pass" : g.Upos[k] == "ADJ" ? "nsubj" : "obj");
                if (victims < 0) continue;
                if (victimsAsTarget && k != p && g.Subtree(victims).Select(t => actors.At(g.First + t)).FirstOrDefault(a => a is not null) is { } victim
                    && !d.Sources.Any(s => s.Actor.Id == victim.Actor.Id) && !d.Targets.Any(t => t.Actor.Id == victim.Actor.Id))
                {
                    d.Targets.Add(new Participant(victim.Actor, victim.Mention, "casualties"));
                    d.Rule += "; target the casualties";
                }
                int? n = NumberOf(victims);
                if (n is null) continue;
                if (g.Lemma[k] is "KILL" or "KILLED") d.Fatalities = (d.Fatalities ?? 0) + n; else d.Injuries = (d.Injuries ?? 0) + n;
                d.EvidenceTokens.Add(k);
                foreach (var t in g.Subtree(victims)) if (t <= victims) d.EvidenceTokens.Add(t);
                if (k != p) { _consumed.Add(k); d.Scope.AddRange(g.Subtree(k)); }
                d.Rule += $"; {g.Lemma[k].ToLowerInvariant()} {n}";
            }
        }

        /// <summary>A casualty verb, or the participle used as an adjective ("five wounded", lemma WOUNDED).</summary>
        private bool IsCasualtyWord(int k) =>
            CasualtyVerbs.Contains(g.Lemma[k]) || (g.Upos[k] == "ADJ" && g.Lemma[k] is "KILLED" or "WOUNDED" or "INJURED" or "HURT");

        /// <summary>A casualty word with the casualty words it is coordinated with ("were killed and five wounded").</summary>
        private List<int> CasualtyChain(int k)
        {
            int top = k;
            while (g.Base[top] == "conj" && g.Head[top] >= 0 && IsCasualtyWord(g.Head[top])) top = g.Head[top];
            var chain = new List<int> { top };
            foreach (var c in g.Children[top]) if (g.Base[c] == "conj" && IsCasualtyWord(c)) chain.Add(c);
            return chain;
        }

        private int? NumberOf(int n)
        {
            if (g.Upos[n] == "NUM" || NumberWords.Parse(g.Form[n]) is not null) return NumberWords.Parse(g.Form[n]);
            foreach (var c in g.Children[n])
                if (g.Base[c] == "nummod" && NumberWords.Parse(g.Form[c]) is { } v) return v;
            return null;
        }
    }
}

/// <summary>A coded predicate before it is split into one event per source–target pair.</summary>
internal sealed class EventDraft(int predicate, string code, string rule)
{
    public int Predicate { get; } = predicate;
    public string Code { get; set; } = code;
    public string Rule { get; set; } = rule;
    public List<Participant> Sources { get; set; } = [];
    public List<Participant> Targets { get; set; } = [];
    public List<int> EvidenceTokens { get; } = [];
    /// <summary>
    /// Words the dictionary pattern named after the verb ("called for national UNITY"): the evidence runs to each of them
    /// from the start of its phrase ("for national unity"), so that it says what was called for.
    /// </summary>
    public List<int> Phrases { get; } = [];
    /// <summary>Tokens (besides the predicate's subtree) whose time and place expressions describe the event.</summary>
    public List<int> Scope { get; } = [];
    public Modality Modality { get; set; } = Modality.Asserted;
    public int? Fatalities { get; set; }
    public int? Injuries { get; set; }
    public bool Keep { get; set; }
    /// <summary>How many words the dictionary pattern that set the code asked for; -1 without a pattern.</summary>
    public int Specificity { get; set; } = -1;
    /// <summary>Appended to the event id to tell apart two drafts of one predicate ("r" for the reverse direction).</summary>
    public string IdSuffix { get; init; } = "";
    /// <summary>The word-order pattern's <c>$</c> slot named the sources.</summary>
    public bool SlotSources { get; init; }
    /// <summary>The word-order pattern's <c>+</c> slot named the targets.</summary>
    public bool SlotTargets { get; init; }
    /// <summary>Word-order reading: the tokens its pattern's words after the verb matched.</summary>
    public int[] PatternWordsAfter { get; init; } = [];
    /// <summary>
    /// Word-order reading of a verb whose default codes only through a pattern (<see cref="DefaultUse.PatternOnly"/>), with no
    /// pattern fired: its actors may fill a parse-based pattern's sides, but it is no event of its own.
    /// </summary>
    public bool PatternOnlyDefault { get; init; }
    /// <summary>Made by <see cref="ShallowEventCoder"/> from word order, not from the parse (alone, or in place of a
    /// parse-based draft whose sides the parse left out: "parse incomplete").</summary>
    public bool FromWordOrder { get; init; }
}
