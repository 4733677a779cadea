namespace RdpHelpBot.Knowledge.Model;

/// <summary>Lets the loader record where an object was read from.</summary>
internal interface ILocated
{
    SourceLocation Location { set; }
}
