"""Staff accounts in the admin: administrators manage them, superusers keep what only they may do.

An administrator (not a superuser) creates accounts, changes names, e-mail, active/staff status and gives one of
the four roles. Only superusers set the superuser flag or single permissions, set another person's password,
or change or delete a superuser's account: for everyone else those fields are not part of the form (a POST of
them is ignored), the password page is refused and superusers' accounts are read-only.
"""

from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from portal.translation_workflow.models import LanguageAssignment
from portal.workflow.roles import ROLES

STAFF_FIELDSETS = (
    (None, {"fields": ("username",)}),
    (_("Personal info"), {"fields": ("first_name", "last_name", "email")}),
    (_("Permissions"), {"fields": ("is_active", "is_staff", "groups")}),
    (_("Important dates"), {"fields": ("last_login", "date_joined")}),
)


class StaffUserChangeForm(forms.ModelForm):
    """The account as an administrator may change it: roles only, no superuser flag, no password."""

    class Meta:
        model = User
        fields = ("username", "first_name", "last_name", "email", "is_active", "is_staff", "groups")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "groups" in self.fields:
            self.fields["groups"].queryset = Group.objects.filter(name__in=ROLES).order_by("name")
            self.fields["groups"].help_text = _("The roles of this person: what they may do in the staff area.")


def manages_only_roles(request):
    return not request.user.is_superuser


class LanguageAssignmentInline(admin.TabularInline):
    """The languages a translator works in, and those they review (publish without the German publisher)."""

    model = LanguageAssignment
    extra = 0
    fields = ("language", "reviews")
    verbose_name = _("translation language")
    verbose_name_plural = _("Translation languages (translators change only these; reviewers also publish them)")


class PortalUserAdmin(UserAdmin):
    inlines = [LanguageAssignmentInline]

    def get_inline_instances(self, request, obj=None):
        """Languages are assigned on the account's page once it exists (the add form stays the stock one)."""
        return super().get_inline_instances(request, obj) if obj is not None else []

    def get_fieldsets(self, request, obj=None):
        if obj is None or not manages_only_roles(request):
            return super().get_fieldsets(request, obj)
        return STAFF_FIELDSETS

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and manages_only_roles(request):
            fields += ["last_login", "date_joined"]
        return fields

    def get_form(self, request, obj=None, **kwargs):
        if obj is not None and manages_only_roles(request):
            kwargs["form"] = StaffUserChangeForm
        return super().get_form(request, obj, **kwargs)

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and manages_only_roles(request):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and manages_only_roles(request):
            return False
        return super().has_delete_permission(request, obj)

    def get_deleted_objects(self, objs, request):
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        if manages_only_roles(request) and any(user.is_superuser for user in objs):
            perms_needed = {*perms_needed, _("superuser account")}
        return deleted, model_count, perms_needed, protected

    def user_change_password(self, request, id, form_url=""):
        if manages_only_roles(request):
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)


admin.site.unregister(User)
admin.site.register(User, PortalUserAdmin)
