using System.Net;
using System.Net.Sockets;

namespace Tacitus.Cli.Tests;

/// <summary><c>tacitus serve</c> is thin: what it must get right is turning bad options into one-line errors and exit codes.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void A_missing_store_opened_read_only_is_a_one_line_error()
    {
        var db = Path.Combine(Path.GetTempPath(), $"tacitus-serve-missing-{Guid.NewGuid():N}.duckdb");
        var (exit, stdout, err) = CliRunner.Run("", "serve", "--db", db, "--read-only", "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("tacitus: no event store at", err, StringComparison.Ordinal);
        Assert.Single(err.TrimEnd().Split('\n'));
    }

    [Fact]
    public void A_negative_code_bound_is_a_usage_error()
    {
        var (exit, _, err) = CliRunner.Run("", "serve", "--db", ":memory:", "--max-concurrent-code", "-1");
        Assert.Equal(2, exit);
        Assert.Contains("--max-concurrent-code must be 0 (no limit) or a positive number", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_models_directory_is_a_usage_error()
    {
        var (exit, _, err) = CliRunner.Run("", "serve", "--db", ":memory:", "--models", "/no/such/models");
        Assert.Equal(2, exit);
        Assert.Contains("--models: directory '/no/such/models' does not exist", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serve", "--db", ":memory:")]
    [InlineData("silo", "--db", "postgres://nobody@127.0.0.1:1/none")]
    public void A_wrong_ner_model_is_a_usage_error_before_anything_starts(params string[] command)
    {
        foreach (var wrong in new[] { "../ner", "no-such-model" })
        {
            var (exit, stdout, err) = CliRunner.Run("", [.. command, "--ner-model", wrong]);
            Assert.Equal(2, exit);
            Assert.Equal("", stdout);
            Assert.Contains("--ner-model", err, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_address_in_use_is_a_one_line_error()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (exit, _, err) = CliRunner.Run("", "serve", "--db", ":memory:", "--urls", $"http://127.0.0.1:{port}");
        Assert.Equal(1, exit);
        Assert.Contains($"cannot listen on http://127.0.0.1:{port}", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_is_listed_with_its_options()
    {
        var (exit, stdout, _) = CliRunner.Run("", "serve", "--help");
        Assert.Equal(0, exit);
        foreach (var option in new[] { "--db", "--urls", "--read-only", "--models", "--ner-model" }) Assert.Contains(option, stdout, StringComparison.Ordinal);
    }
}
