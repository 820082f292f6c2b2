using Tacitus.TestSupport;

namespace Tacitus.Nlp.Tests;

public class SharedDataTests
{
    [SharedDataFact("nlp", "en_ewt-ud-dev.conllu")]
    public void Ewt_dev_is_found_when_shared_data_is_present() =>
        Assert.True(new FileInfo(SharedData.Path("nlp", "en_ewt-ud-dev.conllu")).Length > 1_000_000);
}
