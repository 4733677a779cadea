using System.Text;
using YamlDotNet.Serialization;

namespace RdpHelpBot.Knowledge.Loading;

/// <summary>
/// Enum values as the files write them: lowercase words joined by hyphens, a run of digits counting as a word
/// (<c>AzurePortal</c> is <c>azure-portal</c>, <c>Windows365</c> is <c>windows-365</c>).
/// </summary>
internal sealed class EnumValueNaming : INamingConvention
{
    public static readonly EnumValueNaming Instance = new();

    private EnumValueNaming()
    {
    }

    public string Apply(string value)
    {
        var text = new StringBuilder(value.Length + 4);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (i > 0 && StartsWord(value[i - 1], c))
            {
                text.Append('-');
            }
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }

    public string Reverse(string value)
    {
        var text = new StringBuilder(value.Length);
        var upper = true;
        foreach (var c in value)
        {
            if (c == '-')
            {
                upper = true;
                continue;
            }
            text.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return text.ToString();
    }

    private static bool StartsWord(char previous, char current) =>
        char.IsUpper(current) || (char.IsDigit(current) && !char.IsDigit(previous));
}
