package dev.geul.ui.base;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * The words of the studio's date and time pickers in the reader's language: month and weekday names, the first
 * day of the week, the date's format and the pickers' buttons and errors. Without it a picker speaks the English
 * its web component ships with, whatever the page's language.
 */
public final class PickerI18n {

    private PickerI18n() {
    }

    /** The calendar of a date picker, as the reader's language writes it. */
    public static DatePicker.DatePickerI18n calendar(Component owner) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(owner, "picker.months"))
                .setWeekdays(list(owner, "picker.weekdays"))
                .setWeekdaysShort(list(owner, "picker.weekdays.short"))
                .setFirstDayOfWeek(Integer.parseInt(owner.getTranslation("picker.firstDayOfWeek").strip()))
                .setDateFormat(owner.getTranslation("picker.dateFormat"))
                .setToday(owner.getTranslation("picker.today"))
                .setCancel(owner.getTranslation("picker.cancel"))
                .setBadInputErrorMessage(owner.getTranslation("picker.error.date"))
                .setRequiredErrorMessage(owner.getTranslation("picker.error.required"))
                .setMinErrorMessage(owner.getTranslation("picker.error.min"))
                .setMaxErrorMessage(owner.getTranslation("picker.error.max"));
    }

    public static void apply(DatePicker picker) {
        picker.setI18n(calendar(picker));
    }

    public static void apply(TimePicker picker) {
        picker.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(picker.getTranslation("picker.error.time"))
                .setRequiredErrorMessage(picker.getTranslation("picker.error.required"))
                .setMinErrorMessage(picker.getTranslation("picker.error.min"))
                .setMaxErrorMessage(picker.getTranslation("picker.error.max")));
    }

    public static void apply(DateTimePicker picker) {
        picker.setDatePickerI18n(calendar(picker));
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(picker.getTranslation("picker.date"))
                .setTimeLabel(picker.getTranslation("picker.time"))
                .setBadInputErrorMessage(picker.getTranslation("picker.error.dateTime"))
                .setIncompleteInputErrorMessage(picker.getTranslation("picker.error.incomplete"))
                .setRequiredErrorMessage(picker.getTranslation("picker.error.required"))
                .setMinErrorMessage(picker.getTranslation("picker.error.min"))
                .setMaxErrorMessage(picker.getTranslation("picker.error.max")));
    }

    /** A translation that lists names, comma-separated: {@code 1월,2월,...}. */
    private static List<String> list(Component owner, String key) {
        return Arrays.stream(owner.getTranslation(key).split(",")).map(String::strip).toList();
    }
}
