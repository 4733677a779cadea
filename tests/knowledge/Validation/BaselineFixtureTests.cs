namespace RdpHelpBot.Knowledge.Tests.Validation;

public sealed class BaselineFixtureTests
{
    [Fact]
    public void Load_BaselineWithEmptySecondFile_Succeeds()
    {
        var result = KnowledgeFixture.LoadWith("");

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
    }
}
