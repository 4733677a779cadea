using RdpHelpBot.Bot.Checks.Probe;
using RdpHelpBot.Bot.Tests.Checks.Probe.Fakes;

namespace RdpHelpBot.Bot.Tests.Checks.Probe;

public sealed class RdpProbeNegotiationTests
{
    [Fact]
    public async Task RunAsync_AnyServer_SendsEachProtocolSetOnItsOwnConnection()
    {
        await using var server = FakeRdpServer.Replying(_ => ConfirmBytes.Selected(RdpProtocol.Rdp));

        await ProbeRuns.RunAsync(server.Target);

        Assert.Equal(ProbeOptions.DefaultProtocolRequests, server.Requests);
    }

    [Theory]
    [InlineData("SslRequiredByServer")]
    [InlineData("SslNotAllowedByServer")]
    [InlineData("SslCertNotOnServer")]
    [InlineData("InconsistentFlags")]
    [InlineData("HybridRequiredByServer")]
    [InlineData("SslWithUserAuthRequiredByServer")]
    public async Task RunAsync_NegotiationFailure_ReportsItsCode(string name)
    {
        var code = Enum.Parse<NegotiationFailureCode>(name);
        await using var server = FakeRdpServer.Replying(_ => ConfirmBytes.Failure(code));

        var report = await ProbeRuns.RunAsync(server.Target);

        Assert.All(report.Negotiations, n => Assert.Equal((NegotiationOutcome.Refused, code), (n.Outcome, n.FailureCode)));
    }

    [Theory]
    [InlineData("Rdp")]
    [InlineData("Ssl")]
    [InlineData("Hybrid")]
    [InlineData("RdsTls")]
    [InlineData("HybridEx")]
    public async Task RunAsync_ServerSelectsAProtocol_RecordsTheSelection(string name)
    {
        var selected = Enum.Parse<RdpProtocol>(name);
        // The server hangs up after its reply, so a TLS selection ends quickly instead of waiting out the handshake.
        await using var server = FakeRdpServer.Start(async connection =>
        {
            await connection.ReadRequestAsync();
            await connection.WriteAsync(ConfirmBytes.Selected(selected));
        });

        var report = await ProbeRuns.RunAsync(server.Target, ProbeRuns.ShortTimeouts with { ProtocolRequests = [RdpProtocol.Rdp] });

        Assert.Equal(selected, report.Negotiations.Single().Selected);
    }

    [Fact]
    public async Task RunAsync_AskedHybridGotRdp_IsADowngradeNotHybridSupport()
    {
        await using var server = FakeRdpServer.Replying(_ => ConfirmBytes.Selected(RdpProtocol.Rdp));

        var report = await ProbeRuns.RunAsync(server.Target, ProbeRuns.ShortTimeouts with { ProtocolRequests = [RdpProtocol.Hybrid] });

        Assert.Equal(NegotiationOutcome.Downgraded, report.Negotiations.Single().Outcome);
    }

    [Fact]
    public async Task RunAsync_EverythingDowngradedToRdp_FindsRdpSecurityOnly()
    {
        await using var server = FakeRdpServer.Replying(_ => ConfirmBytes.Selected(RdpProtocol.Rdp));

        var report = await ProbeRuns.RunAsync(server.Target);

        Assert.Equal([ProbeFactIds.RdpSecurityOnly], ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_ConfirmWithoutNegotiationData_FindsALegacyServer()
    {
        await using var server = FakeRdpServer.Replying(_ => ConfirmBytes.Legacy);

        var report = await ProbeRuns.RunAsync(server.Target);

        Assert.Equal([ProbeFactIds.LegacyServer], ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_BannerInsteadOfConfirm_FindsNotRdp()
    {
        await using var server = FakeRdpServer.Start(async connection =>
        {
            await connection.ReadRequestAsync();
            await connection.WriteAsync("SSH-2.0-OpenSSH_9.2p1\r\n"u8.ToArray());
            await connection.WaitForClientToCloseAsync();
        });

        var report = await ProbeRuns.RunAsync(server.Target);

        Assert.Equal([ProbeFactIds.NotRdp], ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_TpktWithoutConnectionConfirm_FindsNotRdp()
    {
        await using var server = FakeRdpServer.Replying(_ => Convert.FromHexString("030000130EF000001234000201080001000000"));

        var report = await ProbeRuns.RunAsync(server.Target);

        Assert.Equal(NegotiationOutcome.NotRdp, report.Negotiations[0].Outcome);
    }

    [Fact]
    public async Task RunAsync_ClosedAfterTheRequest_FindsClosedAfterRequest()
    {
        await using var server = FakeRdpServer.Start(async connection => await connection.ReadRequestAsync());

        var report = await ProbeRuns.RunAsync(server.Target);

        Assert.Equal([ProbeFactIds.ClosedAfterRequest], ProbeFindings.FactIds(report));
    }

    [Fact]
    public async Task RunAsync_ResetAfterTheRequest_IsClosed()
    {
        await using var server = FakeRdpServer.Start(async connection =>
        {
            await connection.ReadRequestAsync();
            connection.Reset();
        });

        var report = await ProbeRuns.RunAsync(server.Target);

        Assert.All(report.Negotiations, n => Assert.Equal(NegotiationOutcome.Closed, n.Outcome));
    }

    [Fact]
    public async Task RunAsync_ServerThatNeverAnswers_TimesOutWaitingForTheConfirm()
    {
        await using var server = FakeRdpServer.Start(async connection =>
        {
            await connection.ReadRequestAsync();
            await connection.WaitForClientToCloseAsync();
        });

        var report = await ProbeRuns.RunAsync(server.Target);

        Assert.Equal((NegotiationOutcome.TimedOut, "timed out waiting for the connection confirm (0.3 s)"),
            (report.Negotiations.Single().Outcome, report.Negotiations.Single().Detail));
    }

    [Fact]
    public async Task RunAsync_CookieConfigured_SendsItInTheRequest()
    {
        var cookie = new TaskCompletionSource<string>();
        await using var server = FakeRdpServer.Start(async connection =>
        {
            var request = new byte[64];
            var read = await connection.Stream.ReadAsync(request, connection.Stopping);
            cookie.TrySetResult(System.Text.Encoding.ASCII.GetString(request, 11, read - 19));
        });

        await ProbeRuns.RunAsync(server.Target, ProbeRuns.ShortTimeouts with { CookieIdentifier = "helpdesk" });

        Assert.Equal("Cookie: mstshash=helpdesk\r\n", await cookie.Task);
    }
}
