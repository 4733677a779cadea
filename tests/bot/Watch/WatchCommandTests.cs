using Microsoft.Extensions.Options;
using RdpHelpBot.Bot.Outbox.Webhooks;
using RdpHelpBot.Bot.Tests.Cli;
using RdpHelpBot.Bot.Watch;

namespace RdpHelpBot.Bot.Tests.Watch;

public sealed class WatchCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Add_HostNotOnTheAllowList_IsRefusedSayingSo()
    {
        var run = Watch("add", "rdp01.fabrikam.com");

        Assert.Equal((1, "rdp01.fabrikam.com is not on the list of hosts I may check."), (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void Add_OwnerWhoMayNotHaveHostsChecked_IsRefused()
    {
        var run = Watch("add", "rdp01.contoso.com", "--owner", "slack:T1:U2");

        Assert.Equal((1, "T1:U2 is not among the people who may have hosts checked (Checks:AllowedUsers)."), (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void Import_AWrongLine_NamesItAndImportsNothing()
    {
        File.WriteAllText(_folder.File("hosts.csv"), "host,port,owner\nrdp02.contoso.com,,slack:T1:U1\nrdp03.contoso.com,99999,\n");

        var run = Watch("import", _folder.File("hosts.csv"));
        var list = Watch("list");

        Assert.Equal((1, "line 3: '99999' is not a port (1 to 65535)."), (run.ExitCode, run.Error.Trim()));
        Assert.StartsWith("No hosts are watched.", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_GoodFile_WatchesEveryHostWithTheOwnersOfAllItsLines()
    {
        File.WriteAllText(_folder.File("hosts.csv"), "rdp02.contoso.com,3389,slack:T1:U1\n\"rdp02.contoso.com\",,msteams:29:abc\nrdp03.contoso.com,,\n");

        var run = Watch("import", _folder.File("hosts.csv"), "--Checks:AllowedUsers:1=29:abc");
        var list = Watch("list");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("  subscribers  slack:T1:U1, msteams:29:abc", list.Output, StringComparison.Ordinal);
        Assert.Contains("rdp03.contoso.com:3389  not checked yet", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_HostFromSettings_SaysToRemoveItThere()
    {
        var run = Watch("remove", "rdp01.contoso.com", "--Watch:Hosts:0:Host=rdp01.contoso.com");

        Assert.Equal((1, "rdp01.contoso.com:3389 is watched because Watch:Hosts lists it; remove it there."), (run.ExitCode, run.Error.Trim()));
    }

    [Fact]
    public void WebhookSettings_ReceiverForCertificateEvents_IsValid()
    {
        var options = new WebhookOptions();
        options.Receivers.Add(new WebhookReceiver { Url = "https://hooks.contoso.com/rdp", Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", Events = [.. WatchEventTypes.All] });

        Assert.Equal(ValidateOptionsResult.Success, new WebhookOptionsValidator().Validate(null, options));
    }

    [Fact]
    public void NextWait_AtEitherEndOfTheJitter_IsWithinTenPercentOfTheInterval()
    {
        var options = Options.Create(new WatchOptions { Interval = TimeSpan.FromHours(6) });
        TimeSpan Wait(double random) => new WatchService(null!, options, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<WatchService>.Instance) { Random = () => random }.NextWait();

        Assert.Equal((TimeSpan.FromHours(5.4), TimeSpan.FromHours(6.6)), (Wait(0), Wait(1)));
    }

    private (int ExitCode, string Output, string Error) Watch(params string[] args) => CommandLine.Run([
        "watch", .. args,
        $"--Storage:DataFolder={_folder.File("data")}",
        "--Checks:AllowedHosts:0=*.contoso.com",
        "--Checks:AllowedUsers:0=T1:U1",
    ]);

    public void Dispose() => _folder.Dispose();
}
