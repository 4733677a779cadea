using System.Reflection;
using RdpHelpBot.Dialogs.Conversation;
using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Dialogs.Tests.Conversation;

public sealed class CaseServicesTests
{
    [Fact]
    public void WithoutBudget_EverySettingConfigured_KeepsEachOneAndLiftsOnlyTheBudget()
    {
        var configured = new DiagnosisOptions();
        var settings = typeof(DiagnosisOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
        foreach (var setting in settings)
            setting.SetValue(configured, NotTheDefault(setting.GetValue(configured)));

        var copy = CaseServices.WithoutBudget(configured);

        var changed = settings.Where(s => !Equals(s.GetValue(copy), s.GetValue(configured))).Select(s => s.Name);
        Assert.Equal([nameof(DiagnosisOptions.QuestionBudget)], changed);
        Assert.Equal(int.MaxValue, copy.QuestionBudget);
    }

    /// <summary>A value unlike the default, so a setting the copy drops shows; a new kind of setting must be added here.</summary>
    private static object NotTheDefault(object? value) => value switch
    {
        int number => number + 1,
        double number => number / 2 + 0.125,
        bool flag => !flag,
        TimeSpan span => span + TimeSpan.FromSeconds(1),
        _ => throw new NotSupportedException($"A DiagnosisOptions setting of type {value?.GetType().Name} needs a test value."),
    };
}
