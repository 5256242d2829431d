using System;
using Pii;

namespace Mailing.Model;

/// <summary>A customer's campaign: its content is the customer's and goes when the account is deleted.</summary>
public class Campaign
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    [NotPersonalData("the customer's subject line, the same for every recipient")]
    public string Subject { get; set; } = "";

    [NotPersonalData("the customer's content, the same for every recipient; deleted with the account")]
    public string Body { get; set; } = "";

    public DateTime? SentAt { get; set; }
}

/// <summary>
/// That a campaign was sent to a contact: an open or a click is recorded only against a delivery (the ids in a tracking
/// URL can be guessed). Kept for the newsletter, so withdrawing consent to it erases the contact's deliveries.
/// </summary>
public class CampaignDelivery
{
    public int Id { get; set; }

    public int ContactId { get; set; }

    public int CampaignId { get; set; }

    [PersonalData("Newsletter", Category = DataCategory.EmailEngagement, RetentionStartsAt = nameof(SentAt), Erasure = ErasureStrategy.DeleteRecord)]
    public DateTime SentAt { get; set; }
}

/// <summary>What a contact did with a campaign e-mail.</summary>
public enum EmailEventKind
{
    Open = 1,
    Click = 2,
}

/// <summary>An open or a click, recorded by the tracking pixel or link: with the reader's IP address and browser.</summary>
public class EmailEvent
{
    public int Id { get; set; }

    public int ContactId { get; set; }

    public int CampaignId { get; set; }

    public EmailEventKind Kind { get; set; }

    public DateTime OccurredAt { get; set; }

    [PersonalData("Statistics", Category = DataCategory.IpAddress, RetentionStartsAt = nameof(OccurredAt), Erasure = ErasureStrategy.DeleteRecord, Redaction = RedactionKind.TruncateIp)]
    public string? Ip { get; set; }

    [PersonalData("Statistics", Category = DataCategory.DeviceIdentifier, RetentionStartsAt = nameof(OccurredAt), Erasure = ErasureStrategy.DeleteRecord)]
    public string? UserAgent { get; set; }
}
