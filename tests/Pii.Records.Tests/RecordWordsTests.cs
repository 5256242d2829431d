using System;
using System.Collections.Generic;
using System.Linq;
using Pii.Records;

namespace Pii.Records.Tests;

/// <summary>The words the three writers share (<c>RecordWords</c>): every value has some, and durations read as a person says them.</summary>
public sealed class RecordWordsTests
{
    [Fact]
    public void Every_data_category_has_words() => AllHaveWords<DataCategory>(RecordWords.Category);

    [Fact]
    public void Every_special_category_has_words() => AllHaveWords<SpecialCategory>(RecordWords.Special);

    [Fact]
    public void Every_special_category_condition_has_words_and_its_point_of_article_9_2()
    {
        AllHaveWords<SpecialCategoryCondition>(RecordWords.Condition);

        string[] points = Enum.GetValues<SpecialCategoryCondition>().Select(RecordWords.ConditionArticle).ToArray();
        Assert.All(points, point => Assert.Matches(@"^Art\. 9\(2\)\([a-j]\)$", point));
        Assert.Equal(points.Length, points.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("Art. 9(2)(a)", RecordWords.ConditionArticle(SpecialCategoryCondition.ExplicitConsent));
        Assert.Equal("Art. 9(2)(j)", RecordWords.ConditionArticle(SpecialCategoryCondition.ArchivingResearchOrStatistics));
    }

    [Fact]
    public void Every_legal_basis_has_words() => AllHaveWords<LegalBasis>(RecordWords.Basis);

    [Fact]
    public void Every_recipient_role_has_words_short_and_detailed()
    {
        AllHaveWords<RecipientRole>(role => RecordWords.Role(role));
        AllHaveWords<RecipientRole>(role => RecordWords.Role(role, detailed: true));
        Assert.Equal("Processor", RecordWords.Role(RecipientRole.Processor));
        Assert.Equal("Processor (Art. 28)", RecordWords.Role(RecipientRole.Processor, detailed: true));
    }

    [Fact]
    public void Every_transfer_safeguard_has_words() => AllHaveWords<TransferSafeguard>(RecordWords.Safeguard);

    [Fact]
    public void Every_erasure_strategy_has_words() => AllHaveWords<ErasureStrategy>(RecordWords.Erasure);

    [Fact]
    public void Every_redaction_kind_has_words() => AllHaveWords<RedactionKind>(RecordWords.Redaction);

    [Fact]
    public void What_is_not_declared_reads_the_same_everywhere()
    {
        Assert.Equal("not declared", RecordWords.NotDeclared);
        Assert.Equal(RecordWords.NotDeclared, RecordWords.Basis(LegalBasis.Unspecified));
        Assert.Equal(RecordWords.NotDeclared, RecordWords.Role(RecipientRole.Unspecified));
        Assert.Equal(RecordWords.NotDeclared, RecordWords.Role(RecipientRole.Unspecified, detailed: true));
        Assert.Equal(RecordWords.NotDeclared, RecordWords.Safeguard(TransferSafeguard.Unspecified));
        Assert.Equal("Other (not declared)", RecordWords.Category(DataCategory.Unspecified));
    }

    [Fact]
    public void A_value_outside_the_enum_is_not_empty()
    {
        Assert.Equal("77", RecordWords.Category((DataCategory)77));
        Assert.Equal(string.Empty, RecordWords.ConditionArticle((SpecialCategoryCondition)11));
    }

    [Theory]
    [InlineData("P2Y", "2 years")]
    [InlineData("P1Y", "1 year")]
    [InlineData("P1Y6M", "1 year 6 months")]
    [InlineData("P30D", "30 days")]
    [InlineData("P2W", "2 weeks")]
    [InlineData("PT12H", "12 hours")]
    [InlineData("P1DT1H1M1S", "1 day 1 hour 1 minute 1 second")]
    [InlineData("P0D", "no time at all")]
    public void Durations_are_in_words(string iso, string words)
    {
        Assert.Equal(words, RecordWords.Duration(iso));
        Assert.Equal(words + " (" + iso + ")", RecordWords.DurationWithIso(iso));
    }

    [Theory]
    [InlineData("2 years")]
    [InlineData("P")]
    [InlineData("")]
    public void A_text_that_is_not_a_duration_has_no_words(string text)
    {
        Assert.Null(RecordWords.Duration(text));
        Assert.Equal(text, RecordWords.DurationWithIso(text));
    }

    [Theory]
    [InlineData("Sub-processor", "sub-processor")]
    [InlineData("IP address", "IP address")]
    [InlineData("not declared", "not declared")]
    [InlineData("", "")]
    public void Lower_first_keeps_acronyms(string words, string expected) => Assert.Equal(expected, RecordWords.LowerFirst(words));

    /// <summary>Words for every defined value: not empty, not padded, not the member's name when that is more than one word.</summary>
    private static void AllHaveWords<T>(Func<T, string> words)
        where T : struct, Enum
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (T value in Enum.GetValues<T>())
        {
            string text = words(value);
            string name = value.ToString();

            Assert.False(string.IsNullOrWhiteSpace(text), typeof(T).Name + "." + name + " has no words");
            Assert.Equal(text.Trim(), text);
            if (name.Skip(1).Any(char.IsUpper))
            {
                Assert.NotEqual(name, text);
            }

            // Two members may share words only where they mean the same (ErasureStrategy.Default is Clear).
            if (seen.TryGetValue(text, out T other))
            {
                Assert.True(typeof(T) == typeof(ErasureStrategy), typeof(T).Name + "." + name + " and ." + other + " both read '" + text + "'");
            }

            seen[text] = value;
        }
    }
}
