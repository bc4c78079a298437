"""``{% site_notices %}``: the current site notices in the visitor's language (skipped on error pages)."""

from django import template

from portal.site_notice import notices_for

register = template.Library()


@register.inclusion_tag("includes/site_notice.html", takes_context=True)
def site_notices(context):
    request = context.get("request")
    if request is None or context.get("minimal_page") or context.get("print_mode"):
        return {"notices": []}
    return {"notices": notices_for(request), "request": request}
