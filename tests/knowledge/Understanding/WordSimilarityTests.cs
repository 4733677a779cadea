using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

public sealed class WordSimilarityTests
{
    [Theory]
    [InlineData("azrue", "azure")]
    [InlineData("cancle", "cancel")]
    [InlineData("eror", "error")]
    [InlineData("certficate", "certificate")]
    [InlineData("credentails", "credentials")]
    [InlineData("certifcat", "certificate")]
    public void IsLike_CommonTypo_IsAlike(string typed, string known) =>
        Assert.True(WordSimilarity.IsLike(typed, known));

    [Theory]
    [InlineData("vpm", "vpn")]
    [InlineData("sertificate", "certificate")]
    [InlineData("collection", "connection")]
    [InlineData("admin", "azure")]
    public void IsLike_ShortWordFirstLetterOrTwoTyposInAMediumWord_IsNotAlike(string typed, string known) =>
        Assert.False(WordSimilarity.IsLike(typed, known));

    [Fact]
    public void Distance_SwappedNeighbours_CountsAsOneTypo() =>
        Assert.Equal(1, WordSimilarity.Distance("humna", "human"));
}
