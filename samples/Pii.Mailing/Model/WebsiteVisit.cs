using System;
using Pii;

namespace Mailing.Model;

/// <summary>A page view on the public website. The IP address is anonymized before it is stored (Sendtex).</summary>
public class WebsiteVisit
{
    public int Id { get; set; }

    public DateTime At { get; set; }

    [NotPersonalData("a page of the public website, without its query string or fragment (cut off on arrival)")]
    public string Path { get; set; } = "";

    [NotPersonalData("anonymized on arrival by Redactor.TruncateIp (IPv4 /24, IPv6 /48): it no longer singles out a person")]
    public string? AnonymizedIp { get; set; }
}
