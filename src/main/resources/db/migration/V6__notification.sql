-- In-portal notifications: written in the same transaction as the event that causes them, so none
-- is ever lost; each user sees their own, newest first, with the unread ones counted in the header.
create table notification (
  id         bigint       not null auto_increment primary key,
  username   varchar(100) not null,
  created_at datetime(6)  not null,
  text_key   varchar(60)  not null comment 'a message key: the text is rendered in the reader''s language',
  argument   varchar(200) null,
  link       varchar(200) null,
  read_at    datetime(6)  null,
  index notification_user (username, read_at, created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;
