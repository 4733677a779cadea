using RdpHelpBot.Agent.Contract.Reports;
using RdpHelpBot.Agent.Reporting;

namespace RdpHelpBot.Agent.Tests.Service.Reporting;

public sealed class AccessEvaluatorTests
{
    private const int Read = 0x120089;
    private const int FullControl = 0x1F01FF;

    [Theory]
    [InlineData("S-1-5-20")]
    [InlineData("S-1-1-0")]
    [InlineData("S-1-5-11")]
    [InlineData("S-1-5-32-545")]
    public void NetworkServiceCanRead_ReadGrantedToItOrAGroupItIsIn_IsTrue(string sid) =>
        Assert.True(AccessEvaluator.NetworkServiceCanRead([new AccessRule(sid, Allow: true, Read)]));

    [Fact]
    public void NetworkServiceCanRead_OnlySystemAndAdministrators_IsFalse() =>
        Assert.False(AccessEvaluator.NetworkServiceCanRead(
            [new AccessRule("S-1-5-18", true, FullControl), new AccessRule("S-1-5-32-544", true, FullControl)]));

    [Fact]
    public void NetworkServiceCanRead_DenyReadToNetworkService_WinsOverAnAllowForEveryone() =>
        Assert.False(AccessEvaluator.NetworkServiceCanRead(
            [new AccessRule("S-1-1-0", true, Read), new AccessRule("S-1-5-20", Allow: false, Read)]));

    [Fact]
    public void NetworkServiceCanRead_GenericReadOnly_IsTrue() =>
        Assert.True(AccessEvaluator.NetworkServiceCanRead([new AccessRule("S-1-5-20", true, unchecked((int)0x80000000))]));

    [Fact]
    public void AdministratorsHaveFullControl_FullControl_IsTrue() =>
        Assert.True(AccessEvaluator.AdministratorsHaveFullControl([new AccessRule("S-1-5-32-544", true, FullControl)]));

    [Fact]
    public void AdministratorsHaveFullControl_ReadOnly_IsFalse() =>
        Assert.False(AccessEvaluator.AdministratorsHaveFullControl([new AccessRule("S-1-5-32-544", true, Read)]));
}
