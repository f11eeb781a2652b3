alter table job drop column closed_by_staff;
