using System.ComponentModel.DataAnnotations;
using RdpHelpBot.Dialogs.Learning;

namespace RdpHelpBot.Dialogs.Tests.Learning;

public sealed class LearningOptionsTests
{
    [Fact]
    public void Defaults_AreDocumentedValues()
    {
        var options = new LearningOptions();

        Assert.Equal((20.0, 1.0, TimeSpan.FromMinutes(5)), (options.PriorStrength, options.Weight, options.RefreshInterval));
    }

    [Fact]
    public void Validate_Defaults_Passes()
    {
        new LearningOptions().Validate();
    }

    [Theory]
    [InlineData(0.5, 1, nameof(LearningOptions.PriorStrength))]
    [InlineData(20, -1, nameof(LearningOptions.Weight))]
    [InlineData(20, 101, nameof(LearningOptions.Weight))]
    public void Validate_OutOfRange_NamesTheSetting(double strength, double weight, string setting)
    {
        var options = new LearningOptions { PriorStrength = strength, Weight = weight };

        var error = Assert.Throws<ValidationException>(options.Validate);

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RefreshIntervalZero_NamesTheSetting()
    {
        var options = new LearningOptions { RefreshInterval = TimeSpan.Zero };

        var error = Assert.Throws<ValidationException>(options.Validate);

        Assert.Contains(nameof(LearningOptions.RefreshInterval), error.Message, StringComparison.Ordinal);
    }
}
