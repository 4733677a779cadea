using System.Text.RegularExpressions;
using RdpHelpBot.Knowledge.Understanding;

namespace RdpHelpBot.Knowledge.Tests.Understanding;

public sealed class RequiredLiteralTests
{
    [Theory]
    [InlineData(@"\bstopped working\b", "stopped working")]
    [InlineData(@"\bno (?:recent )?changes? made\b", "no recent changes made|no recent change made|no changes made|no change made")]
    [InlineData(@"\b(?:azure|aws) cloud\b", "azure cloud|aws cloud")]
    [InlineData(@"\bcert\w*\b.{0,30}\brenewed", "renewed")]
    [InlineData(@"\bcipher suites+\b", "cipher suites")]
    [InlineData(@"\bvpn\b|\btunnel\b", "vpn|tunnel")]
    [InlineData(@"\b(?:mstsc|rdp)\b", "mstsc|rdp")]
    [InlineData(@"\b(?:connect\w*|rdp|remote)(?: in)? to\b", "connect|rdp|remote")]
    [InlineData(@"\b(?:tried|attempted|already)\s+(?:[\w']+\s+){0,3}$", "tried|attempted|already")]
    [InlineData(@"\bhasn'?t change[d]? anything\b", "hasn't changed anything|hasn't change anything|hasnt changed anything|hasnt change anything")]
    [InlineData(@"(?<what>vpn|proxy) (?:fails|drops)", "vpn fails|vpn drops|proxy fails|proxy drops")]
    [InlineData(@"(?<!\bnot )\bworks?\b(?!\s+(?:before|fine))", "work")]
    [InlineData(@"(?>gateway)\s+\d+", "gateway")]
    [InlineData(@"(?:ab){2,}c", "abab")]
    [InlineData(@"\bcafé\b", "caf")]
    [InlineData(@"\btasklist\n\s*image", "tasklist\n")]
    [InlineData(@"\bwin(?:dows)? ?(?:server|srv)\b", "winserver|win server|windowsserver|windows server|winsrv|win srv|windowssrv|windows srv")]
    public void AnyOf_Pattern_IsTheTextsOneOfWhichEveryMatchContains(string pattern, string expected) =>
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), RequiredLiteral.AnyOf(pattern)?.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData(@"\bvpn\b|\bip\b")]
    [InlineData(@"\b(?:remote desktop)?\w+")]
    [InlineData(@"(?:vpn|tunnel)*\d")]
    [InlineData(@"(?:vpn|tunnel){0,2}x")]
    [InlineData(@"(?:gateway|)\d")]
    [InlineData(@"(?=.*\bvpn\b)\w+")]
    [InlineData(@"(?i:vpn) tunnel")]
    [InlineData(@"(?x)remote desktop")]
    [InlineData(@"(?#note)remote desktop")]
    [InlineData(@"(vpn) \1")]
    [InlineData(@"(?<v>vpn) \k<v>")]
    [InlineData(@"(?(vpn)tunnel|proxy)")]
    [InlineData(@"(?<open>x)(?<close-open>y)remote")]
    [InlineData(@"\x41zure cloud")]
    [InlineData(@"\u0041zure cloud")]
    [InlineData(@"[a-z-[aeiou]]xyz")]
    [InlineData(@"remote{desktop}")]
    [InlineData(@"\bkb\d{6}")]
    [InlineData(@"\b(?:kb|ms)\d+\b")]
    [InlineData(@"[a-z]+\s+[0-9]+")]
    public void AnyOf_PatternItCannotVouchFor_IsNull(string pattern) => Assert.Null(RequiredLiteral.AnyOf(pattern));

    [Fact]
    public void AnyOf_BuiltInPatterns_NeverRuleOutATextThePatternMatches()
    {
        var texts = KnowledgePatterns.SampleTexts();
        var missed =
            from pattern in KnowledgePatterns.All()
            let literals = RequiredLiteral.AnyOf(pattern)
            where literals is not null
            let regex = new Regex(pattern, TextPatterns.Options)
            from text in texts
            where regex.IsMatch(text) && !literals.Any(literal => text.Contains(literal, StringComparison.OrdinalIgnoreCase))
            select $"'{pattern}' matches \"{text}\" without any of {string.Join(", ", literals)}";

        Assert.Empty(missed);
    }
}
