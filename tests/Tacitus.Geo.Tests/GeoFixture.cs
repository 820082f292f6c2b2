using Tacitus.Core;
using Tacitus.Geo.Gazetteer;
using Tacitus.Geo.Resolution;
using Tacitus.Nlp.Tokenization;

namespace Tacitus.Geo.Tests;

/// <summary>
/// A tiny gazetteer written by the tests themselves: a few countries, regions and namesake towns (two Parises, two
/// Moscows, a made-up Sumy in Idaho) — enough to exercise every disambiguation cue without shared data.
/// </summary>
internal sealed class GeoFixture : IDisposable
{
    public GeoFixture(bool withDump = false)
    {
        Directory = Path.Combine(Path.GetTempPath(), "tacitus-geo-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "raw"));
        File.WriteAllText(Path.Combine(Directory, "countries.tsv"),
            "cca2\tcca3\tcommon_name\tofficial_name\tdemonyms\talt_spellings\tcapital\tlat\tlon\tiso_en_names\n" +
            "FR\tFRA\tFrance\tFrench Republic\tFrench\tFR;French Republic\tParis\t46\t2\tFrance\n" +
            "US\tUSA\tUnited States\tUnited States of America\tAmerican\tUS;USA;United States of America\tWashington D.C.\t38\t-97\tUnited States of America;United States;USA;U.S.A.;US;U.S.\n" +
            "TR\tTUR\tTürkiye\tRepublic of Türkiye\tTurkish\tTR;Turkiye;Republic of Turkey\tAnkara\t39\t35\tTürkiye;Turkey\n" +
            "UA\tUKR\tUkraine\tUkraine\tUkrainian\tUA;Ukrayina\tKyiv\t49\t32\tUkraine\n" +
            "RU\tRUS\tRussia\tRussian Federation\tRussian\tRU;Rossiya\tMoscow\t60\t100\tRussian Federation;Russia\n");
        File.WriteAllText(Path.Combine(Directory, "admin1.tsv"),
            "code\tname\tascii_name\tgeonameid\n" +
            "FR.11\tÎle-de-France\tIle-de-France\t3012874\n" +
            "US.TX\tTexas\tTexas\t4736286\n" +
            "US.ID\tIdaho\tIdaho\t5596512\n" +
            "UA.21\tSumy\tSumy\t692196\n" +
            "UA.12\tKyiv City\tKyiv City\t703447\n" +
            "TR.34\tIstanbul\tIstanbul\t745042\n" +
            "RU.48\tMoscow\tMoscow\t524894\n" +
            "RU.41\tKursk Oblast\tKursk Oblast\t538555\n");
        File.WriteAllText(Path.Combine(Directory, "cities.tsv"),
            "geonameid\tname\talt_country\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature_code\tadmin3\tadmin4\n" +
            "2988507\tParis\t\tFR\t11\t48.85341\t2.3488\t2138551\tPPLC\t\t\n" +
            "4717560\tParis\t\tUS\tTX\t33.66094\t-95.55551\t24782\tPPLA2\t\t\n" +
            "4699066\tHouston\t\tUS\tTX\t29.76328\t-95.36327\t2296224\tPPLA2\t\t\n" +
            "692194\tSumy\t\tUA\t21\t50.9216\t34.80029\t294456\tPPLA\t\t\n" +
            "9900001\tSumy\t\tUS\tID\t46.5\t-116.5\t1200\tPPL\t\t\n" +
            "703448\tKyiv\t\tUA\t12\t50.45466\t30.5238\t2797553\tPPLC\t\t\n" +
            "745044\tIstanbul\t\tTR\t34\t41.01384\t28.94966\t14804116\tPPLA\t\t\n" +
            "524901\tMoscow\t\tRU\t48\t55.75222\t37.61556\t10381222\tPPLC\t\t\n" +
            "5601538\tMoscow\t\tUS\tID\t46.73239\t-117.00017\t25060\tPPLA2\t\t\n" +
            "5596475\tBoise\t\tUS\tID\t43.6135\t-116.20345\t223154\tPPLA\t\t\n" +
            "538560\tKursk\t\tRU\t41\t51.73733\t36.18735\t409431\tPPLA\t\t\n" +
            "2990440\tNice\t\tFR\t93\t43.70313\t7.26608\t338620\tPPLA2\t\t\n" +
            "4164138\tMay\t\tUS\tTX\t31.9\t-98.9\t1100\tPPL\t\t\n" +
            "9900002\tVladimir\t\tRU\t48\t56.13655\t40.39658\t350087\tPPLA\t\t\n" +
            "3020035\tEu\t\tFR\t11\t50.04856\t1.42004\t7000\tPPL\t\t\n" +
            "9900003\tCastro\t\tFR\t11\t48.5\t2.5\t1500\tPPL\t\t\n" +
            "9900005\tEst\t\tFR\t11\t48.7\t2.7\t1500\tPPL\t\t\n" +
            "9900006\tTass\t\tFR\t11\t48.8\t2.8\t1500\tPPL\t\t\n");
        if (withDump)
        {
            // The same cities as a GeoNames dump (19 columns), with alternate names for two of them and a hill to skip.
            var alt = new Dictionary<string, string> { ["703448"] = "Kiev,Kijev,Kyjiw,Київ,IEV", ["745044"] = "Constantinople,Stambul,İstanbul,Стамбул" };
            var lines = File.ReadAllLines(Path.Combine(Directory, "cities.tsv")).Skip(1).Select(l => l.Split('\t')).Select(f =>
                string.Join('\t', f[0], f[1], f[1], alt.GetValueOrDefault(f[0], ""), f[5], f[6], "P", f[8], f[3], "", f[4], "", "", "", f[7], "", "", "", "2019-09-05"));
            File.WriteAllLines(Path.Combine(Directory, "raw", "geonames-cities1000.txt"), lines.Concat(
            [
                "3000000\tSmallville\tSmallville\tPetiteville\t46.1\t2.1\tP\tPPL\tFR\t\t11\t\t\t\t1500\t\t\t\t2019-09-05",
                "3000001\tSome Hill\tSome Hill\t\t46.2\t2.2\tT\tHLL\tFR\t\t11\t\t\t\t0\t\t\t\t2019-09-05",
            ]));
        }
        File.WriteAllText(OverlayPath,
            "# test overlay\n" + PlaceOverlay.Header + "\n" +
            "place\tArctic\tthe Arctic;Arctic region\tRGN\t-\t-\t90\t0\t-\t0\ttest: North Pole\n" +
            "place\tBlack Sea\tthe Black Sea\tSEA\t-\t-\t44\t35\t-\t0\ttest: Wikipedia Black Sea\n" +
            "alias\tKursk region\t-\t-\tRU\t41\t-\t-\t-\t0\ttest: news name\n" +
            "alias\tLa France\t-\t-\tFR\t-\t-\t-\t-\t0\ttest: alias on a country\n" +
            "demonym\tParisian\t-\t-\t-\t-\t-\t-\t2988507\t0\ttest: adjective of Paris\n" +
            "point\tUS\t-\t-\tUS\t-\t39.83\t-98.58\t-\t0\ttest: centre of the contiguous US\n");
        File.WriteAllText(LexiconPath,
            "# sent_id = 1\n1\tIt\tit\tPRON\t_\t_\t0\troot\t_\t_\n2\tmay\tmay\tAUX\t_\t_\t0\troot\t_\t_\n3\tbe\tbe\tAUX\t_\t_\t0\troot\t_\t_\n4\tnice\tnice\tADJ\t_\t_\t0\troot\t_\t_\n\n" +
            "# sent_id = 2\n1\tYou\tyou\tPRON\t_\t_\t0\troot\t_\t_\n2\tmay\tmay\tAUX\t_\t_\t0\troot\t_\t_\n3\tbe\tbe\tAUX\t_\t_\t0\troot\t_\t_\n4\tnice\tnice\tADJ\t_\t_\t0\troot\t_\t_\n5\tin\tin\tADP\t_\t_\t0\troot\t_\t_\n6\tNice\tNice\tPROPN\t_\t_\t0\troot\t_\t_\n\n");
        Gazetteer = GazetteerBuilder.Build(Sources);
    }

    public string Directory { get; }
    public string OverlayPath => Path.Combine(Directory, "overlay.tsv");
    public string LexiconPath => Path.Combine(Directory, "lexicon.conllu");
    public GazetteerSources Sources => new(Directory) { Overlay = OverlayPath, Lexicon = LexiconPath };
    public PlaceGazetteer Gazetteer { get; }

    public Document Annotate(string text)
    {
        var doc = new Tokenizer().Process(new Document("test", text));
        return new PlacesProcessor(Gazetteer).Process(doc);
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The shipped gazetteer (models/gazetteer.bin), loaded once for the showcase and evaluation tests.</summary>
internal static class Shipped
{
    private static readonly Lazy<PlaceGazetteer> Lazy = new(() => GazetteerFile.Load(Path.Combine(AppContext.BaseDirectory, "models", GazetteerFile.FileName)));

    public static PlaceGazetteer Gazetteer => Lazy.Value;

    public static Document Annotate(string text, string id = "test")
    {
        var doc = new Tokenizer().Process(new Document(id, text));
        return new PlacesProcessor(Gazetteer).Process(doc);
    }
}
