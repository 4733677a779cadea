using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Knowledge.Tests.Diagnosis;

public sealed class InformationGainTests
{
    // Two equally likely causes; "yes" is four times as likely under A, "no" tells nothing by itself.
    private static readonly KnowledgeBase TwoCauses = FixtureKnowledge.Load("""
        facts:
          - { id: yes-fact, statement: Yes., because: the user said yes }
          - { id: no-fact, statement: No., because: the user said no }
        questions:
          - id: q
            text: Yes or no?
            answers:
              - { id: yes, label: "Yes", fact: yes-fact, share: 0.5 }
              - { id: no, label: "No", fact: no-fact, share: 0.5 }
              - { id: not-sure, label: Not sure }
        sources:
          - { id: docs, kind: microsoft-docs, title: Docs, url: https://learn.microsoft.com/x }
        causes:
          - id: a
            title: Cause A
            explanation: A is wrong.
            priors: { azure-vm: 0.5, windows-server: 0.5, windows-pc: 0.5, avd: 0.5, windows-365: 0.5, unknown: 0.5 }
            evidence: { yes-fact: 4 }
            fixes: [{ fix: fix-a, success: 0.8 }]
            sources: [{ ref: docs }]
          - id: b
            title: Cause B
            explanation: B is wrong.
            priors: { azure-vm: 0.5, windows-server: 0.5, windows-pc: 0.5, avd: 0.5, windows-365: 0.5, unknown: 0.5 }
            evidence: { no-fact: 1 }
            fixes: [{ fix: fix-b, success: 0.8 }]
            sources: [{ ref: docs }]
        fixes:
          - { id: fix-a, title: Fix A, runs_on: host, rights: admin, risk: low, effort_minutes: 5, steps: [{ text: Do A. }], verify: It works., sources: [{ ref: docs }] }
          - { id: fix-b, title: Fix B, runs_on: host, rights: admin, risk: low, effort_minutes: 5, steps: [{ text: Do B. }], verify: It works., sources: [{ ref: docs }] }
        """);

    [Fact]
    public void Expected_TwoCauseQuestion_MatchesTheHandComputedGain()
    {
        var model = new PosteriorModel(TwoCauses, new DiagnosisOptions(), KnowledgePriorSource.Instance);
        var state = CaseState.From(CaseEvidence.Empty, TwoCauses);
        var answers = TwoCauses.Questions["q"].Answers
            .Where(answer => !answer.IsNotSure)
            .Select(answer => (answer, TwoCauses.Facts[answer.Fact!]))
            .ToList();

        var gain = InformationGain.Expected(model, state, model.Posterior(state), answers, new InformationGain.Scratch(model.Causes.Count));

        // P(yes|A) = 0.5·4 / (0.5·4 + 0.5) = 0.8, P(yes|B) = 0.5, so P(yes) = 0.65 and P(no) = 0.35.
        // After yes: A 0.8, B 0.2 → H = 0.7219 bits; after no: 0.5/0.5 → 1 bit.
        // Gain = 1 − (0.65 × 0.7219 + 0.35 × 1) = 0.1807 bits.
        Assert.Equal(0.1807, gain, 4);
    }

    [Fact]
    public void Entropy_TwoEqualCauses_IsOneBit()
    {
        Assert.Equal(1.0, InformationGain.Entropy([0.5, 0.5]), 12);
    }

    [Fact]
    public void Diagnose_TwoCauseQuestionAboveMinimumGain_AsksIt()
    {
        var diagnosis = new DiagnosisEngine(TwoCauses).Diagnose(CaseEvidence.Empty);

        Assert.Equal("q", diagnosis.NextQuestion?.Id);
    }
}
