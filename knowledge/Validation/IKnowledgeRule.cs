using RdpHelpBot.Knowledge.Loading;

namespace RdpHelpBot.Knowledge.Validation;

/// <summary>One concern the merged knowledge must satisfy; reports every violation, not only the first.</summary>
internal interface IKnowledgeRule
{
    IEnumerable<KnowledgeError> Check(KnowledgeSet knowledge);
}
