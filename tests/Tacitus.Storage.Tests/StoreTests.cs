using Tacitus.Core;
using Tacitus.Storage.DuckDb;
using Tacitus.TestSupport;

namespace Tacitus.Storage.Tests;

public class StoreTests
{
    [Fact]
    public void New_store_is_at_the_current_schema_version_and_reopens()
    {
        var path = Path.Combine(TestDocuments.TempDir(), "s.duckdb");
        using (var store = DuckDbEventStore.Open(path)) Assert.Equal(DuckDbSchema.Current, store.SchemaVersion);
        using (var again = DuckDbEventStore.Open(path, readOnly: true))
        {
            Assert.Equal(DuckDbSchema.Current, again.SchemaVersion);
            Assert.Equal(0, again.Counts().Documents);
        }
    }

    /// <summary>
    /// An ingest asks "stored already?" from its coding threads while the writer stores a batch. The DuckDB store
    /// answered the first questions with a query on the write connection, outside the write lock, while the batch's
    /// appenders used that connection: now and then (under load; seen in CI after a killed ingest was run again) the
    /// appender failed with "Attempting to execute an unsuccessful or closed pending query result".
    /// </summary>
    [Fact]
    public void Lookups_from_other_threads_while_a_batch_is_stored_do_not_break_it()
    {
        var db = Path.Combine(TestDocuments.TempDir(), "concurrent.duckdb");
        int n = 0;
        Document Next() { n++; return TestDocuments.Strike($"d{n}", TestDocuments.StrikeText + $" Item {n}."); }
        using (var s = DuckDbEventStore.Open(db))
            s.StoreBatch([.. Enumerable.Range(0, 20).Select(_ => TestDocuments.Stored(Next()))]);
        for (int round = 0; round < 30; round++)
        {
            using var store = DuckDbEventStore.Open(db);   // fresh: no index loaded yet
            var batch = Enumerable.Range(0, 10).Select(_ => TestDocuments.Stored(Next())).ToList();
            bool stop = false;
            Exception? failure = null;
            var lookups = Enumerable.Range(0, 2).Select(t => new Thread(() =>
            {
                try
                {
                    for (int k = 0; !Volatile.Read(ref stop); k++) store.ContainsDocument(ContentHashing.Of($"lookup {t} {k}"));
                }
                catch (Exception ex) { failure = ex; }
            })).ToList();
            lookups.ForEach(l => l.Start());
            var result = store.StoreBatch(batch);
            Volatile.Write(ref stop, true);
            lookups.ForEach(l => l.Join());
            Assert.Null(failure);
            Assert.Equal(10, result.DocumentsStored);
        }
        using var check = DuckDbEventStore.Open(db, readOnly: true);
        Assert.Equal(20 + 30 * 10, check.Counts().Documents);
    }

    [Fact]
    public void Read_only_open_of_a_missing_store_says_what_to_do()
    {
        var ex = Assert.Throws<Core.TacitusException>(() => DuckDbEventStore.Open(Path.Combine(TestDocuments.TempDir(), "none.duckdb"), readOnly: true));
        Assert.Contains("tacitus ingest", ex.Message);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Stores_every_layer_and_the_same_document_only_once(string backend)
    {
        using var store = TestStores.Open(backend);
        var doc = TestDocuments.Stored(TestDocuments.Strike());
        var first = store.StoreBatch([doc]);
        Assert.Equal(1, first.DocumentsStored);
        Assert.Equal(3, first.NewEvents);
        var again = store.StoreBatch([doc, TestDocuments.Stored(TestDocuments.Strike(id: "other-name"))]);
        Assert.Equal(0, again.DocumentsStored);
        Assert.Equal(2, again.DocumentsSkipped);

        var c = store.Counts();
        Assert.Equal(1, c.Documents);
        Assert.Equal(3, c.Sentences);
        Assert.Equal(2, c.Actors);
        Assert.Equal(2, c.ActorMentions);
        Assert.Equal(2, c.Places);
        Assert.Equal(1, c.Times);
        Assert.Equal(1, c.Entities);
        Assert.Equal(3, c.Events);
        Assert.Equal(3, c.EventMentions);
        Assert.True(store.ContainsDocument(doc.ContentHash));
        Assert.Equal(TestDocuments.StrikeText, store.GetDocumentText(doc.StoreId));
        var info = store.GetDocument(doc.StoreId)!;
        Assert.Equal("strike", info.ExternalId);
        Assert.Equal(new DateOnly(2025, 5, 14), info.PublicationDate);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void The_same_event_from_several_documents_is_one_event_with_mentions_and_sources(string backend)
    {
        using var store = TestStores.Open(backend);
        // Three reports of the same strike: two outlets, one of them twice (different wording, same coded event).
        var a = TestDocuments.Strike("a", source: "Wire A");
        var b = TestDocuments.Strike("b", "Russian forces struck Sumy with missiles on Feb. 28, killing three. Lammy condemned Putin on Wednesday. Officials met in Ankara.", source: "Wire B");
        store.StoreBatch([TestDocuments.Stored(a)]);
        store.StoreBatch([TestDocuments.Stored(b)]);
        var c = TestDocuments.Strike("c", "Russian forces struck Sumy with missiles on Feb. 28, killing three people there. Lammy condemned Putin on Wednesday. Officials met in Ankara.", source: "Wire B");
        store.StoreBatch([TestDocuments.Stored(c)]);

        Assert.Equal(3, store.CountEvents(EventFilter.All));
        var strike = Assert.Single(store.QueryEvents(new EventFilter { Cameo = "19" }));
        Assert.Equal(3, strike.Mentions);
        Assert.Equal(2, strike.Sources);
        Assert.Equal(3, strike.Articles);
        Assert.Equal(new DateOnly(2025, 2, 28), strike.Date);
        Assert.Equal(3, strike.Fatalities);
        var detail = store.GetEvent(strike.Id)!;
        Assert.Equal(3, detail.Evidence.Length);
        Assert.All(detail.Evidence, e => Assert.StartsWith("Russian forces struck Sumy", e.Text));
        Assert.Equal(["Wire A", "Wire B", "Wire B"], detail.Evidence.Select(e => e.Outlet ?? "").ToArray());
        // each report keeps the words that name the place in its own text, and how they were attached
        Assert.All(detail.Evidence, e => Assert.Equal("predicate", e.PlaceAttachment));
        Assert.All(detail.Evidence, e => Assert.Equal(new TextSpan(22, 26), e.PlaceSpan));
        Assert.Equal("Sumy", TestDocuments.StrikeText[22..26]);
        // and the words that name its source; a side the report names no words for stays null
        Assert.All(detail.Evidence, e => Assert.Equal(new TextSpan(0, 14), e.SourceSpan));
        Assert.Equal("Russian forces", TestDocuments.StrikeText[..14]);
        Assert.All(detail.Evidence, e => Assert.Null(e.TargetSpan));
    }

    /// <summary>
    /// A report that the strike did not happen, or is planned, is no mention of the strike that happened: events with
    /// the same date, sides, code and place but another modality are stored apart, each counting its own mentions.
    /// The asserted event keeps the id its key gave before modality was part of it.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void The_same_event_with_another_modality_is_another_event(string backend)
    {
        using var store = TestStores.Open(backend);
        Document With(Document d, Modality m) => d with { Events = d.Events.SetItem(0, d.Events[0] with { Modality = m }) };
        var text = TestDocuments.StrikeText;
        store.StoreBatch([TestDocuments.Stored(TestDocuments.Strike("a", source: "Wire A"))]);
        store.StoreBatch([TestDocuments.Stored(With(TestDocuments.Strike("b", text + " Also reported.", source: "Wire B"), Modality.Negated))]);
        store.StoreBatch([TestDocuments.Stored(With(TestDocuments.Strike("c", text + " Reported again.", source: "Wire C"), Modality.Planned))]);
        store.StoreBatch([TestDocuments.Stored(TestDocuments.Strike("d", text + " Once more.", source: "Wire D"))]);
        store.StoreBatch([TestDocuments.Stored(With(TestDocuments.Strike("e", text + " Alleged.", source: "Wire E"), Modality.Alleged))]);

        var strikes = store.QueryEvents(new EventFilter { Cameo = "195" }).ToDictionary(e => e.Modality);
        Assert.Equal(["alleged", "asserted", "negated", "planned"], strikes.Keys.Order().ToArray());
        Assert.Equal(1, strikes["alleged"].Mentions);
        Assert.Equal("alleged", Assert.Single(store.QueryEvents(new EventFilter { Cameo = "195", Modality = "alleged" })).Modality);
        Assert.Equal(2, strikes["asserted"].Mentions);
        Assert.Equal(1, strikes["negated"].Mentions);
        Assert.Equal(1, strikes["planned"].Mentions);
        Assert.Equal(4, strikes.Values.Select(e => e.Id).Distinct().Count());
        Assert.Equal(Dedup.EventKey.Id("2025-02-28|RUSMIL/russian forces|UKR/ukraine|195|692194"), strikes["asserted"].Id);
        // and stats count them apart
        var byModality = store.CountBy(new EventFilter { Cameo = "195" }, StatDimension.Modality).ToDictionary(r => r.Key, r => (r.Events, r.Mentions));
        Assert.Equal((1L, 2L), byModality["asserted"]);
        Assert.Equal((1L, 1L), byModality["negated"]);
        Assert.Equal((1L, 1L), byModality["planned"]);
        // the other events of the five reports are all asserted: one each, five mentions
        Assert.All(store.QueryEvents(EventFilter.All).Where(e => e.Cameo != "195"), e => Assert.Equal(5, e.Mentions));
    }

    /// <summary>
    /// A store written at schema version 2 kept a negated or planned mention under the event of the same date, sides,
    /// code and place, with the first mention's modality. Opened for writing it is migrated (version 3) to exactly the
    /// events an ingest with modality in the key makes: ids, modality, counts and first report.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_version_2_store_with_mixed_modalities_is_split_into_the_events_an_ingest_makes_now(string backend)
    {
        string db = backend == "duckdb" ? Path.Combine(TestDocuments.TempDir(), "v2.duckdb") : PostgresServer.Shared.CreateDatabase("v2");
        string fresh = backend == "duckdb" ? Path.Combine(TestDocuments.TempDir(), "fresh.duckdb") : PostgresServer.Shared.CreateDatabase("fresh");
        Document With(Document d, Modality m) => d with { Events = d.Events.SetItem(0, d.Events[0] with { Modality = m }) };
        var text = TestDocuments.StrikeText;
        StoredDocument[] reports =
        [
            TestDocuments.Stored(With(TestDocuments.Strike("n", text + " Denied.", source: "Wire N"), Modality.Negated)),
            TestDocuments.Stored(TestDocuments.Strike("a", source: "Wire A")),
            TestDocuments.Stored(With(TestDocuments.Strike("p", text + " Planned.", source: "Wire P"), Modality.Planned)),
            TestDocuments.Stored(TestDocuments.Strike("b", text + " Again.", source: "Wire A")),
        ];
        foreach (var target in new[] { db, fresh })
            using (var s = EventStores.Open(target))
                foreach (var r in reports) s.StoreBatch([r]);

        long negated, planned, asserted;
        using (var s = EventStores.Open(db))
        {
            var strikes = s.QueryEvents(new EventFilter { Cameo = "195" }).ToDictionary(e => e.Modality, e => e.Id);
            (negated, planned, asserted) = (strikes["negated"], strikes["planned"], strikes["asserted"]);
        }
        // Back to what schema 2 wrote: one event, made by the first (negated) mention, holding all four.
        RunSql(backend, db,
            "DELETE FROM schema_version WHERE version = 3",
            $"UPDATE event_mentions SET event_id = {asserted} WHERE event_id IN ({negated}, {planned})",
            $"DELETE FROM events WHERE event_id IN ({asserted}, {planned})",
            $"UPDATE events SET event_id = {asserted}, mentions = 4, sources = 3, articles = 4 WHERE event_id = {negated}");
        using (var merged = EventStores.Open(fresh, readOnly: true))
            Assert.Equal(3, merged.QueryEvents(new EventFilter { Cameo = "195" }).Count);   // the fresh store has them apart
        Assert.Throws<Core.TacitusException>(() => EventStores.Open(db, readOnly: true).Dispose());   // "open it once for writing"

        using (var s = EventStores.Open(db)) Assert.Equal(3, s.SchemaVersion);
        using var migrated = EventStores.Open(db, readOnly: true);
        using var expected = EventStores.Open(fresh, readOnly: true);
        StoredEvent[] Events(IEventStore s) => [.. s.QueryEvents(EventFilter.All).OrderBy(e => e.Id).Select(e => e with { AddedAt = default })];
        Assert.Equal(Events(expected), Events(migrated));
        Assert.Equal(3, Events(migrated).Count(e => e.Cameo == "195"));
        foreach (var e in Events(expected))
            Assert.Equal<EvidenceRecord>([.. expected.GetEvent(e.Id)!.Evidence], [.. migrated.GetEvent(e.Id)!.Evidence]);
        Assert.Equal(2, migrated.GetEvent(asserted)!.Evidence.Length);
    }

    private static void RunSql(string backend, string db, params string[] statements)
    {
        using System.Data.Common.DbConnection conn = backend == "duckdb"
            ? new DuckDB.NET.Data.DuckDBConnection($"Data Source={db}")
            : new Npgsql.NpgsqlConnection(Postgres.PostgresConnectionString.Parse(db));
        conn.Open();
        foreach (var sql in statements)
        {
            using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// A store written before schema version 2 (no place evidence in its event mentions) is migrated when opened for
    /// writing: its old mentions read back with no place words, new ones with them; read-only it is refused with advice.
    /// </summary>
    [Fact]
    public void A_version_1_store_is_migrated_and_keeps_its_events()
    {
        var path = Path.Combine(TestDocuments.TempDir(), "v1.duckdb");
        using (var conn = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}"))
        {
            conn.Open();
            void Run(string sql) { using var cmd = conn.CreateCommand(); cmd.CommandText = sql; cmd.ExecuteNonQuery(); }
            Run("CREATE TABLE schema_version (version INTEGER NOT NULL, description VARCHAR, applied_at TIMESTAMP)");
            foreach (var sql in DuckDbSchema.Migrations[0].Statements) Run(sql);
            Run("INSERT INTO schema_version VALUES (1, 'documents, layers, events, evidence', now())");
            Run("""
                INSERT INTO events (event_id, cameo, cameo_root, mentions, sources, articles, first_doc_id) VALUES (42, '195', '19', 1, 1, 1, 'old');
                INSERT INTO event_mentions (event_id, doc_id, doc_event_id, sentence, ev_start, ev_end, evidence, rule, modality)
                    VALUES (42, 'old', 'old:0:1', 0, 0, 5, 'words', 'test', 'asserted');
                """);
        }
        var ex = Assert.Throws<Core.TacitusException>(() => DuckDbEventStore.Open(path, readOnly: true));
        Assert.Contains("tacitus ingest", ex.Message);
        using var store = DuckDbEventStore.Open(path);
        Assert.Equal(DuckDbSchema.Current, store.SchemaVersion);
        var old = Assert.Single(store.GetEvent(42)!.Evidence);
        Assert.Null(old.PlaceSpan);
        Assert.Null(old.PlaceAttachment);
        store.StoreBatch([TestDocuments.Stored(TestDocuments.Strike())]);
        var strike = Assert.Single(store.QueryEvents(new EventFilter { Cameo = "195" }), e => e.Id != 42);
        Assert.Equal("predicate", Assert.Single(store.GetEvent(strike.Id)!.Evidence).PlaceAttachment);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Near_duplicate_documents_are_linked_to_the_first_copy(string backend)
    {
        using var store = TestStores.Open(backend);
        var body = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"Sentence {i} of the wire story about talks in Istanbul between delegations number {i * 7}."));
        var copy = body.Replace("Sentence 12 of", "Sentence 12, updated, of", StringComparison.Ordinal);
        var other = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"Unrelated report {i} on harvests and rainfall in province {i * 3}."));
        store.StoreBatch([TestDocuments.Stored(new Core.Document("orig", body))]);
        store.StoreBatch([TestDocuments.Stored(new Core.Document("copy", copy)), TestDocuments.Stored(new Core.Document("other", other))]);
        var links = store.NearDuplicates();
        var link = Assert.Single(links);
        Assert.Equal(StoredDocument.Create(new Core.Document("x", copy)).StoreId, link.Document);
        Assert.Equal(StoredDocument.Create(new Core.Document("x", body)).StoreId, link.Original);
        Assert.Equal(1, store.Counts().NearDuplicateDocuments);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Filters_select_the_right_events(string backend)
    {
        using var store = TestStores.Open(backend);
        var doc = TestDocuments.Strike();
        store.StoreBatch([TestDocuments.Stored(doc with { Events = doc.Events.SetItem(2, doc.Events[2] with { Modality = Modality.Negated }) })]);
        long Count(EventFilter f) => store.CountEvents(f);
        Assert.Equal(1, Count(new EventFilter { Actor = "lammy" }));
        Assert.Equal(1, Count(new EventFilter { Actor = "RUSMIL" }));
        Assert.Equal(2, Count(new EventFilter { Country = "RUS" }));
        Assert.Equal(1, Count(new EventFilter { Country = "TUR" }));
        Assert.Equal(1, Count(new EventFilter { Cameo = "19" }));
        Assert.Equal(1, Count(new EventFilter { Cameo = "195" }));
        Assert.Equal(0, Count(new EventFilter { Cameo = "190" }));
        Assert.Equal(1, Count(new EventFilter { PloverType = "assault" }));
        Assert.Equal(1, Count(new EventFilter { QuadClass = 3 }));
        Assert.Equal(2, Count(new EventFilter { From = new DateOnly(2025, 5, 1) }));
        Assert.Equal(1, Count(new EventFilter { To = new DateOnly(2025, 3, 1) }));
        Assert.Equal(1, Count(new EventFilter { Place = "ankara" }));
        Assert.Equal(1, Count(new EventFilter { Box = new BoundingBox(45, 20, 55, 40) }));
        Assert.Equal(1, Count(new EventFilter { Text = "killing three" }));
        Assert.Equal(0, Count(new EventFilter { Text = "'; DROP TABLE events; --" }));
        Assert.Equal(2, Count(new EventFilter { Modality = "asserted" }));
        Assert.Equal(1, Count(new EventFilter { Modality = "Negated" }));
        Assert.Equal(0, Count(new EventFilter { Modality = "planned" }));
        Assert.Equal(3, Count(EventFilter.All));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Aggregates_count_by_month_country_and_actor(string backend)
    {
        using var store = TestStores.Open(backend);
        store.StoreBatch([TestDocuments.Stored(TestDocuments.Strike())]);
        var months = store.CountBy(EventFilter.All, StatDimension.Month);
        Assert.Equal(["2025-02", "2025-05"], months.Select(m => m.Key).ToArray());
        Assert.Equal([1L, 2L], months.Select(m => m.Events).ToArray());
        var days = store.CountBy(EventFilter.All, StatDimension.Day);
        Assert.Equal(["2025-02-28", "2025-05-01", "2025-05-14"], days.Select(m => m.Key).ToArray());
        var countries = store.CountBy(EventFilter.All, StatDimension.Country);
        Assert.Equal(["GBR", "TUR", "UKR"], countries.Select(m => m.Key).Order().ToArray());
        var actors = store.TopActors(EventFilter.All);
        Assert.Contains(actors, a => a.Name == "Vladimir Putin" && a.AsTarget == 1 && a.AsSource == 0);
        var net = store.ActorNetwork(EventFilter.All);
        Assert.Equal(2, net.Count);
        var map = store.PlaceCounts(EventFilter.All);
        Assert.Equal(["Ankara", "Sumy"], map.Select(p => p.Name).Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_failed_batch_leaves_nothing_behind(string backend)
    {
        using var store = TestStores.Open(backend);
        var good = TestDocuments.Stored(TestDocuments.Strike("good"));
        var bad = TestDocuments.Stored(TestDocuments.Strike("bad", "Short text."));   // spans past the end of the text
        Assert.ThrowsAny<Exception>(() => store.StoreBatch([good, bad]));
        Assert.Equal(0, store.Counts().Documents);
        Assert.Equal(0, store.Counts().Events);
        store.StoreBatch([good]);
        Assert.Equal(1, store.Counts().Documents);
    }
}
